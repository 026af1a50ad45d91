package com.qeetmart.auth.token;

import com.qeetmart.platform.time.Timestamps;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The signing keys in {@code auth_db}, the one copy every replica reads. Each change takes a
 * transaction-scoped lock first and decides on what the database holds then, so replicas that
 * start or rotate at the same moment add one key, not one each.
 */
@Singleton
class SigningKeys {

    private final SigningKeyRepository keys;

    SigningKeys(SigningKeyRepository keys) {
        this.keys = keys;
    }

    /** The keys not yet unpublished. */
    @Transactional(readOnly = true)
    List<StoredKey> load() {
        return keys.findPublished().stream().map(SigningKeys::toKey).toList();
    }

    /**
     * Adds a key published now that signs {@code lead} later, if {@code wanted} says so of the
     * keys there are (under the lock); the key added, if any.
     */
    @Transactional
    Optional<StoredKey> add(Duration lead, Predicate<List<StoredKey>> wanted) {
        keys.lockKeyChanges();
        if (!wanted.test(load())) {
            return Optional.empty();
        }
        String pem = RsaKeys.generatePem();
        Instant now = Timestamps.now();
        StoredKey key = new StoredKey(RsaKeys.fromPem(pem), now, now.plus(lead));
        keys.insert(key.kid(), pem, key.publishedAt(), key.signsFrom());
        return Optional.of(key);
    }

    /** Marks these keys as gone from the JWKS; the ids of those this call marked. */
    @Transactional
    List<String> unpublish(List<StoredKey> departed, Instant at) {
        return departed.stream().filter(key -> keys.unpublish(key.kid(), at) == 1).map(StoredKey::kid).toList();
    }

    private static StoredKey toKey(SigningKeyRow row) {
        return new StoredKey(RsaKeys.fromPem(row.privateKeyPem()), row.createdAt(), row.signsFrom());
    }

    static final Predicate<List<StoredKey>> NONE_YET = List::isEmpty;
}
