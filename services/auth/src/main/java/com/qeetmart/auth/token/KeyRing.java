package com.qeetmart.auth.token;

import com.nimbusds.jose.jwk.RSAKey;
import com.qeetmart.platform.time.Timestamps;
import com.qeetmart.auth.AuthSettings;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The auth service's signing keys. A key configured as {@code AUTH_SIGNING_KEY_PEM} signs;
 * without one the newest key in {@code signing_key} signs, generated on first start so a restart
 * keeps tokens valid. Every key that is not retired is published, so tokens signed before a
 * rotation keep verifying until they expire.
 */
@Singleton
public class KeyRing {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRing.class);

    private final SigningKeyRepository keys;
    private final Optional<RSAKey> configured;
    private volatile List<RSAKey> published = List.of();

    KeyRing(SigningKeyRepository keys, AuthSettings settings) {
        this.keys = keys;
        String pem = settings.signingKeyPem();
        this.configured = pem == null || pem.isBlank() ? Optional.empty() : Optional.of(RsaKeys.fromPem(pem));
    }

    /** The key that signs new tokens. */
    public RSAKey signingKey() {
        return published().get(0);
    }

    /** Every key whose tokens verify, signing key first. */
    public List<RSAKey> published() {
        List<RSAKey> current = published;
        if (current.isEmpty()) {
            current = reload();
        }
        return current;
    }

    /** The published key with this id; reloads once for a key another replica may have added. */
    public Optional<RSAKey> find(String kid) {
        Optional<RSAKey> key = lookup(published(), kid);
        return key.isPresent() ? key : lookup(reload(), kid);
    }

    /** Adds a new signing key; the previous ones stay published. */
    public RSAKey rotate() {
        RSAKey key = RsaKeys.fromPem(store(RsaKeys.generatePem()));
        reload();
        LOG.info("Signing key rotated; new key id {}", key.getKeyID());
        return key;
    }

    synchronized List<RSAKey> reload() {
        List<SigningKeyRow> rows = keys.findPublished();
        if (rows.isEmpty() && configured.isEmpty()) {
            store(RsaKeys.generatePem());
            rows = keys.findPublished();
            LOG.info("No signing key configured: generated one and kept it in the database");
        }
        List<RSAKey> loaded = new ArrayList<>();
        configured.ifPresent(loaded::add);
        rows.stream().map(row -> RsaKeys.fromPem(row.privateKeyPem()))
                .filter(key -> loaded.stream().noneMatch(k -> k.getKeyID().equals(key.getKeyID())))
                .forEach(loaded::add);
        published = List.copyOf(loaded);
        return published;
    }

    private String store(String pem) {
        keys.insert(RsaKeys.fromPem(pem).getKeyID(), pem, Timestamps.now());
        return pem;
    }

    private static Optional<RSAKey> lookup(List<RSAKey> keys, String kid) {
        return keys.stream().filter(key -> key.getKeyID().equals(kid)).findFirst();
    }
}
