package com.qeetmart.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Singleton;

/**
 * Lets the auth service verify its own access tokens with its key ring directly, where every
 * other service fetches the JWKS. Only RS256 with a known key id verifies.
 */
@Singleton
class KeyRingSignatureConfiguration implements SignatureConfiguration {

    private final KeyRing keyRing;

    KeyRingSignatureConfiguration(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the RS256 algorithm is supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.RS256.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || !supports(jwt.getHeader().getAlgorithm())) {
            return false;
        }
        var key = keyRing.find(kid);
        return key.isPresent() && jwt.verify(new RSASSAVerifier(key.get().toRSAPublicKey()));
    }
}
