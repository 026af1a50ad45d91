package com.qeetmart.platform.security;

import com.nimbusds.jwt.SignedJWT;
import com.qeetmart.platform.testing.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwksSignatureTest {

    static final TestIssuer ISSUER = new TestIssuer();

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    private static JwksSignature verifier() {
        return new JwksSignature(ISSUER.jwksUrl(), Duration.ofMinutes(5), Duration.ofSeconds(1));
    }

    @Test
    void verifiesTokensSignedWithAPublishedKeyAndFetchesTheSetOnce() throws Exception {
        JwksSignature verifier = verifier();
        int before = ISSUER.jwksRequests();
        assertTrue(verifier.verify(SignedJWT.parse(ISSUER.adminToken())));
        assertTrue(verifier.verify(SignedJWT.parse(ISSUER.userToken())));
        assertTrue(ISSUER.jwksRequests() - before == 1);
    }

    @Test
    void refusesForeignKeysAndUnsupportedAlgorithms() throws Exception {
        JwksSignature verifier = verifier();
        assertFalse(verifier.verify(SignedJWT.parse(ISSUER.foreignToken())));
        assertFalse(verifier.verify(SignedJWT.parse(ISSUER.unknownKidToken())));
        assertFalse(verifier.supports(com.nimbusds.jose.JWSAlgorithm.HS256));
    }

    @Test
    void madeUpKeyIdsCannotMakeItHammerTheJwks() throws Exception {
        JwksSignature verifier = verifier();
        verifier.verify(SignedJWT.parse(ISSUER.adminToken()));
        int before = ISSUER.jwksRequests();
        for (int i = 0; i < 50; i++) {
            assertFalse(verifier.verify(SignedJWT.parse(ISSUER.unknownKidToken())));
        }
        assertTrue(ISSUER.jwksRequests() - before <= 3, "fetches: " + (ISSUER.jwksRequests() - before));
    }
}
