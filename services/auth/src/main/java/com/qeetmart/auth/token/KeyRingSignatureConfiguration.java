package com.qeetmart.auth.token;

import com.nimbusds.jose.jwk.RSAKey;
import com.qeetmart.platform.security.Rs256Signature;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Lets the auth service verify its own access tokens with its key ring directly, where every
 * other service fetches the JWKS. Tokens must name a published key.
 */
@Singleton
class KeyRingSignatureConfiguration extends Rs256Signature {

    private final KeyRing keyRing;

    KeyRingSignatureConfiguration(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    @Override
    protected List<RSAKey> candidates(String kid) {
        return kid == null ? List.of() : keyRing.find(kid).stream().toList();
    }
}
