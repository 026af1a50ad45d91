package com.qeetmart.platform.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.qeetmart.platform.testing.Eventually;
import com.qeetmart.platform.testing.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verifier against a stand-in auth whose JWKS a test can hold back and rotate. */
class JwksSignatureTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    final TestIssuer issuer = new TestIssuer();

    @AfterEach
    void stop() {
        issuer.releaseJwks();
        issuer.close();
    }

    /** A verifier whose first fetch has arrived. */
    private JwksSignature verifier(Duration minRefetch) {
        JwksSignature verifier = new JwksSignature(new SecuritySettings(issuer.jwksUrl(), Duration.ofHours(1), minRefetch,
                new SecuritySettings.TokenCache(0), new SecuritySettings.Revocations(null, Duration.ofSeconds(2)),
                new SecuritySettings.TokenTimes(Duration.ofMinutes(15), Duration.ofMinutes(1))));
        Eventually.await("the first key set", WAIT, verifier::hasKeys);
        return verifier;
    }

    private static boolean verifies(JwksSignature verifier, String token) {
        try {
            return verifier.verify(SignedJWT.parse(token));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String signedNaming(String kid) throws Exception {
        RSAKey key = issuer.publishNewKey();
        SignedJWT jwt = SignedJWT.parse(issuer.adminTokenSignedWith(key));
        SignedJWT renamed = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
                jwt.getJWTClaimsSet());
        renamed.sign(new RSASSASigner(key));
        return renamed.serialize();
    }

    @Test
    void verifiesTokensSignedWithAPublishedKeyAfterOneFetch() {
        JwksSignature verifier = verifier(Duration.ofSeconds(1));
        assertTrue(verifies(verifier, issuer.adminToken()));
        assertTrue(verifies(verifier, issuer.userToken()));
        assertEquals(1, issuer.jwksRequests());
    }

    @Test
    void refusesForeignKeysUnsupportedAlgorithmsAndKeyIdsThatCannotBeAuthsWithoutFetching() throws Exception {
        JwksSignature verifier = verifier(Duration.ZERO);
        assertFalse(verifies(verifier, issuer.foreignToken()));
        assertFalse(verifier.supports(JWSAlgorithm.HS256));
        int before = issuer.jwksRequests();
        assertFalse(verifies(verifier, signedNaming(null)), "a token naming no key");
        assertFalse(verifies(verifier, signedNaming("../../../etc/passwd")));
        assertFalse(verifies(verifier, signedNaming("k".repeat(65))));
        assertFalse(verifies(verifier, signedNaming("kid\u0000")));
        assertEquals(before, issuer.jwksRequests(), "ill-formed key ids are refused without a fetch");
    }

    @Test
    void aMadeUpKeyIdCostsOneFetchAndIsThenRefusedFromMemory() {
        JwksSignature verifier = verifier(Duration.ZERO);
        String madeUp = issuer.unknownKidToken();
        for (int i = 0; i < 20; i++) {
            assertFalse(verifies(verifier, madeUp));
        }
        assertEquals(2, issuer.jwksRequests(), "the first key set, then one look for the made-up id");
    }

    @Test
    void madeUpKeyIdsCannotMakeItHammerTheJwks() {
        JwksSignature verifier = verifier(Duration.ofHours(1));
        for (int i = 0; i < 50; i++) {
            assertFalse(verifies(verifier, issuer.unknownKidToken()));
        }
        assertEquals(2, issuer.jwksRequests(), "one fetch per min-refetch for unknown ids");
    }

    @Test
    void aTokenArrivingWhileAnOlderFetchIsUnderWayWaitsForOneThatBeganAfterIt() throws Exception {
        JwksSignature verifier = verifier(Duration.ZERO);
        issuer.holdJwks();
        CompletableFuture<Void> older = verifier.refresh();
        Eventually.await("the older fetch to reach the JWKS", WAIT, () -> issuer.jwksRequests() == 2);
        String rotated = issuer.adminTokenSignedWith(issuer.publishNewKey()); // published after that fetch began

        CompletableFuture<Boolean> verdict = CompletableFuture.supplyAsync(() -> verifies(verifier, rotated));
        issuer.releaseJwks();

        assertTrue(verdict.get(WAIT.toSeconds(), TimeUnit.SECONDS), "refused with the answer of a fetch older than the token");
        older.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void anAnnouncedKeyIsFetchedWhateverMadeUpKeyIdsHaveSpent() {
        JwksSignature verifier = verifier(Duration.ofHours(1));
        assertFalse(verifies(verifier, issuer.unknownKidToken())); // spends the budget for the hour
        String rotated = issuer.adminTokenSignedWith(issuer.publishNewKey());

        verifier.onAnnounced(new SigningKeysAnnounced("test"));

        Eventually.await("the announced key to verify", WAIT, () -> verifies(verifier, rotated));
    }

    @Test
    void aKeyNotHereYetIsAwaitedWithoutHoldingTheCallersThread() throws Exception {
        JwksSignature verifier = verifier(Duration.ZERO);
        issuer.holdJwks();
        String rotated = issuer.adminTokenSignedWith(issuer.publishNewKey());

        CompletableFuture<Void> keys = verifier.ready(SignedJWT.parse(rotated).getHeader().getKeyID());

        assertFalse(keys.isDone(), "ready() returned before the fetch it started was answered");
        issuer.releaseJwks();
        keys.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(verifies(verifier, rotated));
    }
}
