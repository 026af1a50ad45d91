package com.qeetmart.platform.security;

import com.qeetmart.platform.security.revocation.Revocation;
import com.qeetmart.platform.security.revocation.RevokedSessions;
import com.qeetmart.platform.testing.TestIssuer;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The edge asks about one request's token several times in a row, with the same String: the
 * verifier finds it again without hashing it (its last find per thread). That shortcut must not
 * outlive what makes a token good: a session ended between two asks is refused at the next one, and
 * a token expired since is no longer remembered, the same String or not.
 */
class TokenAskedAgainTest extends VerifierTest {

    @Test
    void aSessionEndedBetweenTwoAsksIsRefusedAtTheSecond() {
        String token = issuer.accessToken(UUID.randomUUID(), "USER");
        assertTrue(tokens.verify(token, null).join().isPresent());
        assertTrue(tokens.remembered(token).isPresent(), "asked again: remembered");

        context.getBean(RevokedSessions.class).apply(new Revocation(TestIssuer.sessionOf(token), Instant.now(), Instant.now().plusSeconds(900)));

        assertFalse(tokens.remembered(token).isPresent(), "the same String, after its session ended");
        assertFalse(tokens.verify(token, null).join().isPresent());
    }

    @Test
    void aTokenExpiredBetweenTwoAsksIsNoLongerRemembered() {
        String token = issuer.accessTokenExpiringIn(Duration.ofSeconds(1), "USER");
        assertTrue(tokens.verify(token, null).join().isPresent());
        assertTrue(tokens.remembered(token).isPresent());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (tokens.remembered(token).isPresent()) { // the same String each time
            assertTrue(System.nanoTime() < deadline, "still remembered 5 s after a token of 1 s was issued");
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    @Test
    void theSameStringAskedAgainIsFoundWithoutTheCache() {
        // A cache of one entry: verifying another token empties it, yet the String found last on
        // this thread is found again by identity (a shortcut that never hit would fail here).
        try (ApplicationContext small = ApplicationContext.run(Map.of("qeetmart.security.jwks-url", issuer.jwksUrl(),
                "qeetmart.security.token-cache.max-entries", "1"))) {
            CachingTokenValidator one = small.getBean(CachingTokenValidator.class);
            String first = issuer.accessToken(UUID.randomUUID(), "USER");
            assertTrue(one.verify(new String(first.toCharArray()), null).join().isPresent(), "an earlier request's copy");
            assertTrue(one.remembered(first).isPresent(), "this request's String: found in the cache, and remembered as found");
            assertTrue(one.verify(issuer.accessToken(UUID.randomUUID(), "USER"), null).join().isPresent(), "the cache now holds only this one");
            assertTrue(one.remembered(first).isPresent(), "the same String: found by identity");
            assertFalse(one.remembered(new String(first.toCharArray())).isPresent(), "an equal copy is looked up in the cache, and is gone");
        }
    }

    @Test
    void anotherTokenIsNotTakenForTheLastOne() {
        String first = issuer.accessToken(UUID.randomUUID(), "USER");
        String second = issuer.accessToken(UUID.randomUUID(), "USER");
        assertTrue(tokens.verify(first, null).join().isPresent());
        assertFalse(tokens.remembered(second).isPresent(), "never verified, so never remembered");
        assertTrue(tokens.verify(second, null).join().isPresent());
        assertTrue(tokens.remembered(first).isPresent());
    }
}
