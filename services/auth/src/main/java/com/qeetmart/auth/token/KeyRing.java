package com.qeetmart.auth.token;

import com.nimbusds.jose.jwk.RSAKey;
import com.qeetmart.auth.AuthSettings;
import com.qeetmart.platform.security.SecuritySettings;
import com.qeetmart.platform.time.Timestamps;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * This replica's view of the signing keys, held in memory and reread by {@link KeyRotation}
 * every {@code auth.keys.reload-interval}: what signs and what is published is decided from it at
 * each instant ({@link KeyLifecycle}), so a key starts signing at its time without a database
 * read, and a token naming a key id is matched from memory alone (a made-up id costs a lookup
 * in a short list, never a query). A key another replica adds is here within the reload interval,
 * long before it signs (the publication lead is minutes).
 * <p>A key configured as {@code AUTH_SIGNING_KEY_PEM} always signs: its rotation is the
 * operator's; the stored keys stay published beside it by their own lifecycle.
 */
@Singleton
public class KeyRing {

    private final SigningKeys keys;
    private final Optional<RSAKey> configured;
    private final KeyLifecycle lifecycle;
    private volatile List<StoredKey> stored;

    KeyRing(SigningKeys keys, AuthSettings settings, SecuritySettings security) {
        this.keys = keys;
        String pem = settings.signingKeyPem();
        this.configured = pem == null || pem.isBlank() ? Optional.empty() : Optional.of(RsaKeys.fromPem(pem));
        // A retired key stays published as long as a token stays valid on a verifier whose clock
        // runs the allowed skew behind auth's.
        this.lifecycle = new KeyLifecycle(settings.accessTokenTtl().plus(security.tokenTimes().clockSkew()));
    }

    /** The key that signs new tokens now. */
    public RSAKey signingKey() {
        return configured.orElseGet(() -> byKid(statuses().get(0).kid()));
    }

    /** Every key whose tokens verify now, the signing key first. */
    public List<RSAKey> published() {
        List<RSAKey> published = new ArrayList<>();
        configured.ifPresent(published::add);
        statuses().stream().map(status -> byKid(status.kid()))
                .filter(key -> configured.isEmpty() || !configured.get().getKeyID().equals(key.getKeyID()))
                .forEach(published::add);
        return published;
    }

    /** The stored keys still published, with their states (a configured key is not among them). */
    public List<KeyStatus> statuses() {
        return lifecycle.at(stored(), Timestamps.now());
    }

    /** The published key with this id, from memory. */
    public Optional<RSAKey> find(String kid) {
        return published().stream().filter(key -> key.getKeyID().equals(kid)).findFirst();
    }

    /** When the newest stored key was published: what verifiers compare to know the JWKS changed. */
    public Optional<Instant> lastPublishedAt() {
        return stored().stream().map(StoredKey::publishedAt).max(Comparator.naturalOrder());
    }

    public boolean isConfigured() {
        return configured.isPresent();
    }

    /** Rereads the keys from the database; on a first start without any, adds one that signs at once. */
    void reload() {
        List<StoredKey> loaded = keys.load();
        if (loaded.isEmpty() && configured.isEmpty()) {
            keys.add(java.time.Duration.ZERO, SigningKeys.NONE_YET); // nobody holds a token yet: no lead needed
            loaded = keys.load();
        }
        stored = loaded;
    }

    List<StoredKey> stored() {
        List<StoredKey> current = stored;
        if (current == null) {
            reload();
            current = stored;
        }
        return current;
    }

    KeyLifecycle lifecycle() {
        return lifecycle;
    }

    private RSAKey byKid(String kid) {
        return stored().stream().filter(key -> key.kid().equals(kid)).findFirst()
                .map(StoredKey::key).orElseThrow();
    }
}
