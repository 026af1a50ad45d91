package com.qeetmart.auth.session;

import com.qeetmart.auth.api.model.Revocation;
import com.qeetmart.auth.api.model.RevocationFeed;
import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.auth.client.RevocationsApi;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.platform.security.revocation.RevocationChannel;
import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What auth tells verifiers about ended sessions: the pollable feed and the Redis channel. */
@MicronautTest(transactional = false)
class RevocationFeedTest extends AuthTest {

    @Inject
    RevocationsApi revocations;

    private static UUID sessionOf(TokenPair tokens) {
        return UUID.fromString(claimsOf(tokens.getAccessToken()).getClaim("sid").toString());
    }

    /** The tokens of a new account's session that has just signed out. */
    private TokenPair signedOut() {
        TokenPair tokens = register(uniqueEmail());
        caller.use(tokens.getAccessToken());
        sessions.logout();
        caller.clear();
        return tokens;
    }

    private List<UUID> listed(RevocationFeed feed) {
        return feed.getRevocations().stream().map(Revocation::getSessionId).toList();
    }

    @Test
    void aSignedOutSessionIsListedUntilItsLastTokenHasExpired() {
        TokenPair phone = signedOut();

        HttpResponse<RevocationFeed> answer = revocations.listRevocations(null, null);
        assertEquals("no-store", answer.header("Cache-Control"));
        Revocation entry = answer.body().getRevocations().stream()
                .filter(r -> r.getSessionId().equals(sessionOf(phone))).findFirst().orElseThrow();
        // 15 minutes of access-token life, plus a minute for verifiers whose clocks run behind.
        assertEquals(Duration.ofMinutes(16), Duration.between(entry.getRevokedAt(), entry.getExpiresAt()));
    }

    @Test
    void everyWayOfEndingASessionIsOnTheFeed() {
        String email = uniqueEmail();
        TokenPair laptop = register(email);
        TokenPair phone = login(email, PASSWORD);
        TokenPair tablet = login(email, PASSWORD);
        caller.use(tablet.getAccessToken());
        sessions.logoutAll();
        caller.clear();

        TokenPair reused = login(email, PASSWORD);
        sessions.refreshTokens(new com.qeetmart.auth.api.model.RefreshRequest(reused.getRefreshToken()));
        problemOf(401, () -> sessions.refreshTokens(new com.qeetmart.auth.api.model.RefreshRequest(reused.getRefreshToken())));

        List<UUID> listed = listed(revocations.listRevocations(null, null).body());
        assertTrue(listed.containsAll(List.of(sessionOf(laptop), sessionOf(phone), sessionOf(tablet), sessionOf(reused))),
                listed.toString());
    }

    @Test
    void theCursorOverlapsSoALateCommitIsNotSkippedAndOldEndsAreLeftOut() {
        TokenPair recent = signedOut();
        UUID old = UUID.randomUUID();
        DB.execute("INSERT INTO session (id, account_id, created_at, last_used_at, ended_at, end_reason)"
                + " SELECT '" + old + "', id, now() - interval '1 hour', now() - interval '1 hour',"
                + " now() - interval '20 minutes', 'test' FROM account LIMIT 1");

        RevocationFeed first = revocations.listRevocations(null, null).body();
        RevocationFeed second = revocations.listRevocations(first.getNext(), first.getNextAfter()).body();

        assertTrue(listed(first).contains(sessionOf(recent)));
        assertFalse(listed(first).contains(old), "its tokens have all expired");
        assertTrue(listed(second).contains(sessionOf(recent)), "ended within the overlap: listed again");
        assertTrue(first.getNext().toInstant().isBefore(java.time.Instant.now().minusSeconds(29)));
    }

    @Test
    void anEndedSessionIsAnnouncedOnTheRedisChannelAfterCommit() throws Exception {
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        RedisClient redis = RedisClient.create("redis://127.0.0.1:6379");
        try (StatefulRedisPubSubConnection<String, String> subscription = redis.connectPubSub()) {
            subscription.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    heard.add(message);
                }
            });
            subscription.sync().subscribe(RevocationChannel.NAME);
            TokenPair phone = register(uniqueEmail());
            caller.use(phone.getAccessToken());
            sessions.logout();

            String sid = sessionOf(phone).toString();
            String message;
            do {
                message = heard.poll(10, TimeUnit.SECONDS);
                assertNotNull(message, "no announcement of " + sid);
            } while (!message.contains(sid));
            assertTrue(message.contains("\"expiresAt\""), message);
        } finally {
            redis.shutdown();
        }
    }
}
