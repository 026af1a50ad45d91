package com.qeetmart.platform.security;

import com.qeetmart.platform.security.revocation.Revocation;
import com.qeetmart.platform.security.revocation.RevokedSessions;
import com.qeetmart.platform.testing.TestIssuer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The callers a stage below Micronaut (direct read, direct write) may serve itself: only those
 * whose token the platform verified before and still holds good. A token it has not seen, a
 * forged one above all, is left to Micronaut's filter without being verified here (so never
 * verified twice); an ended session is left too.
 */
class SettledCallersTest extends VerifierTest {

    @Test
    void aTokenNotSeenBeforeIsLeftToMicronautUnverified() {
        UUID user = UUID.randomUUID();
        String token = issuer.accessToken(user, "USER");
        assertEquals(Optional.empty(), SettledCallers.of(tokens, "Bearer " + token));
        assertFalse(tokens.remembered(token).isPresent(), "the stage verified nothing: Micronaut's filter will, once");

        assertTrue(tokens.verify(token, null).join().isPresent()); // as Micronaut's filter does
        Optional<Optional<Caller>> settled = SettledCallers.of(tokens, "Bearer " + token);
        assertEquals(user, settled.orElseThrow().orElseThrow().id());
    }

    @Test
    void aForgedTokenAnotherSchemeAndAnEndedSessionAreLeft() {
        String token = issuer.accessToken(UUID.randomUUID(), "USER");
        assertTrue(tokens.verify(token, null).join().isPresent());
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertEquals(Optional.empty(), SettledCallers.of(tokens, "Bearer " + forged));
        assertEquals(Optional.empty(), SettledCallers.of(tokens, "Basic dXNlcjpwYXNz"));

        context.getBean(RevokedSessions.class).apply(new Revocation(TestIssuer.sessionOf(token), Instant.now(), Instant.now().plusSeconds(900)));
        assertEquals(Optional.empty(), SettledCallers.of(tokens, "Bearer " + token));
    }

    @Test
    void noAuthorizationIsAnAnonymousCaller() {
        assertEquals(Optional.of(Optional.empty()), SettledCallers.of(tokens, null));
    }
}
