package com.qeetmart.auth.session;

import com.qeetmart.auth.api.model.RefreshRequest;
import com.qeetmart.auth.api.model.Revocation;
import com.qeetmart.auth.api.model.RevocationFeed;
import com.qeetmart.auth.api.model.Session;
import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.auth.client.RevocationsApi;
import com.qeetmart.auth.support.AuthTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What one account can make the platform hold: at most 3 live sessions here (a new one ends the
 * oldest), and a revocation feed whose cursor moves past a page of sessions that all ended at one
 * instant (pages of 10 here).
 */
@MicronautTest(transactional = false)
class SessionLimitsTest extends AuthTest {

    @Inject
    RevocationsApi revocations;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("auth.sessions.max-live", "3", "auth.sessions.feed-page", "10");
    }

    @Test
    void aSignInBeyondTheLimitEndsTheOldestSessionsAndPutsThemOnTheFeed() {
        String email = registeredEmail(); // its first session
        List<TokenPair> signIns = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            signIns.add(login(email, PASSWORD));
        }

        caller.use(signIns.get(3).getAccessToken());
        List<UUID> live = sessions.listSessions().body().getItems().stream().map(Session::getId).toList();
        assertEquals(3, live.size());
        assertTrue(live.containsAll(List.of(sessionOf(signIns.get(1)), sessionOf(signIns.get(2)), sessionOf(signIns.get(3)))));
        assertEquals("INVALID_REFRESH_TOKEN", problemOf(401, () ->
                sessions.refreshTokens(new RefreshRequest(signIns.get(0).getRefreshToken()))).getCode());
        List<UUID> onTheFeed = revocations.listRevocations(null, null).body().getRevocations().stream()
                .map(Revocation::getSessionId).toList();
        assertTrue(onTheFeed.contains(sessionOf(signIns.get(0))), "the ended session's tokens are refused everywhere");
    }

    @Test
    void theFeedsCursorAdvancesPastManySessionsEndedAtOneInstant() {
        UUID account = UUID.fromString(claimsOf(register(uniqueEmail()).getAccessToken()).getSubject());
        DB.execute("INSERT INTO session (id, account_id, created_at, last_used_at, ended_at, end_reason)"
                + " SELECT gen_random_uuid(), '" + account + "', now(), now(), date_trunc('second', now()), 'test'"
                + " FROM generate_series(1, 25)");

        Set<UUID> seen = new HashSet<>();
        RevocationFeed page = revocations.listRevocations(null, null).body();
        int pages = 1;
        page.getRevocations().forEach(entry -> assertTrue(seen.add(entry.getSessionId()), "listed twice: " + entry));
        while (page.getNextAfter() != null && pages < 10) {
            page = revocations.listRevocations(page.getNext(), page.getNextAfter()).body();
            pages++;
            page.getRevocations().forEach(entry -> assertTrue(seen.add(entry.getSessionId()), "listed twice: " + entry));
        }

        assertEquals(25, seen.size());
        assertEquals(3, pages, "two full pages of 10, then 5");
        assertNull(page.getNextAfter());
    }

    private UUID sessionOf(TokenPair tokens) {
        return UUID.fromString(String.valueOf(claimsOf(tokens.getAccessToken()).getClaim("sid")));
    }
}
