package com.qeetmart.platform.security;

import com.nimbusds.jwt.SignedJWT;
import com.qeetmart.platform.testing.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwksSignatureTest {

    static final TestIssuer ISSUER = new TestIssuer();

    @AfterEach
    void answerAtOnce() {
        ISSUER.answerJwksAfter(Duration.ZERO);
    }

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    private static JwksSignature verifier() {
        return new JwksSignature(settings(Duration.ofMinutes(5)));
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

    @Test
    void anOldKeySetIsRefetchedInTheBackgroundWhileTokensAreCheckedWithIt() throws Exception {
        JwksSignature verifier = new JwksSignature(settings(Duration.ofMillis(1)));
        assertTrue(verifier.verify(SignedJWT.parse(ISSUER.adminToken())));
        Thread.sleep(20);
        ISSUER.answerJwksAfter(Duration.ofMillis(1500));
        int before = ISSUER.jwksRequests();

        long started = System.nanoTime();
        assertTrue(verifier.verify(SignedJWT.parse(ISSUER.userToken())));
        assertTrue(verifier.verify(SignedJWT.parse(ISSUER.adminToken())));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(tookMillis < 1000, "waited " + tookMillis + " ms for a refetch it did not need");
        // The refetch reaches the JWKS in the background; on a loaded machine that takes a moment.
        for (int i = 0; i < 50 && ISSUER.jwksRequests() == before; i++) {
            Thread.sleep(20);
        }
        Thread.sleep(100);
        assertEquals(1, ISSUER.jwksRequests() - before, "one refetch, in the background");
    }

    @Test
    void aKeyNotHereYetIsAwaitedWithoutHoldingTheCallersThread() throws Exception {
        JwksSignature verifier = verifier();
        verifier.ready(null).get(5, TimeUnit.SECONDS);
        ISSUER.answerJwksAfter(Duration.ofMillis(500));

        long started = System.nanoTime();
        CompletableFuture<Void> keys = verifier.ready("rotated-" + UUID.randomUUID());
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(tookMillis < 250, "ready() held the thread for " + tookMillis + " ms");
        assertFalse(keys.isDone(), "the refetch is still running");
        keys.get(5, TimeUnit.SECONDS);
        assertTrue(verifier.ready(null).isDone());
    }

    private static SecuritySettings settings(Duration refresh) {
        return new SecuritySettings(ISSUER.jwksUrl(), refresh, Duration.ofSeconds(1), new SecuritySettings.TokenCache(0),
                new SecuritySettings.Revocations(null, Duration.ofSeconds(2), null));
    }
}
