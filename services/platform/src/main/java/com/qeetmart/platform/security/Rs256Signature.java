package com.qeetmart.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies RS256 tokens with the RSA keys a key set holds for the token's key id (all of them
 * when it names none). No other algorithm verifies: not HS256, not {@code none}.
 */
public abstract class Rs256Signature implements SignatureConfiguration {

    // Building a verifier decodes the key's modulus from Base64: once per key, not per token.
    private final Map<RSAKey, RSASSAVerifier> verifiers = new ConcurrentHashMap<>();

    /** The keys that may have signed a token naming this key id (null: the token names none). */
    protected abstract List<RSAKey> candidates(String kid);

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
        if (!supports(jwt.getHeader().getAlgorithm())) {
            return false;
        }
        for (RSAKey key : candidates(jwt.getHeader().getKeyID())) {
            if (jwt.verify(verifierOf(key))) {
                return true;
            }
        }
        return false;
    }

    private RSASSAVerifier verifierOf(RSAKey key) throws JOSEException {
        RSASSAVerifier verifier = verifiers.get(key);
        if (verifier == null) {
            verifier = new RSASSAVerifier(key);
            verifiers.put(key, verifier);
        }
        return verifier;
    }
}
