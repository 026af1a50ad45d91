package com.qeetmart.platform.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A token that says it expired (beyond the clock skew) is refused before anything is looked up
 * for it: no key fetched for the key id it names, no signature checked. Within the skew it gets
 * the full check, as before.
 */
class StaleTokensTest extends VerifierTest {

    @Override
    Map<String, Object> settings() {
        return Map.of("qeetmart.security.jwks-min-refetch", "0s");
    }

    @BeforeAll
    void fetchKeys() {
        assertTrue(tokens.verify(issuer.accessToken(UUID.randomUUID(), "USER"), null).join().isPresent(), "keys fetched");
    }

    @Test
    void aTokenExpiredLongAgoIsRefusedWithoutLookingForItsKey() {
        int fetches = issuer.jwksRequests();
        for (int i = 0; i < 20; i++) {
            assertFalse(tokens.verify(issuer.unknownKidTokenExpiringIn(Duration.ofMinutes(-10)), null).join().isPresent());
        }
        assertEquals(fetches, issuer.jwksRequests(), "no key set fetched for stale tokens' made-up key ids");
    }

    @Test
    void aTokenExpiredWithinTheSkewGetsTheFullCheck() {
        int fetches = issuer.jwksRequests();
        assertFalse(tokens.verify(issuer.unknownKidTokenExpiringIn(Duration.ofSeconds(-20)), null).join().isPresent());
        assertEquals(fetches + 1, issuer.jwksRequests(), "its key id was looked for: the full check ran");
    }

    @Test
    void aTokenWhoseClaimsNestDeepIsRefusedNotThrown() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        for (int depth : new int[] {1_000, 6_000}) {
            String claims = "{\"exp\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
            String token = base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
            assertFalse(tokens.verify(token, null).join().isPresent(), "nested " + depth + " deep");
        }
    }

    @Test
    void anExpiredTokenOfAKnownKeyIsRefusedToo() {
        assertFalse(tokens.verify(issuer.accessTokenExpiringIn(Duration.ofMinutes(-10), "USER"), null).join().isPresent());
        assertFalse(tokens.verify("not.a.token", null).join().isPresent(), "unreadable: the full check refuses it");
    }
}
