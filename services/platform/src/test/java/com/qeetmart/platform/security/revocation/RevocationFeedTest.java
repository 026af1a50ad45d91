package com.qeetmart.platform.security.revocation;

import com.qeetmart.platform.testing.Eventually;
import com.qeetmart.platform.testing.TestIssuer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A token whose session auth has ended stops being accepted here, though this service remembers
 * it as valid: within one poll of the feed without Redis, at once from the Redis channel.
 */
class RevocationFeedTest {

    static final TestIssuer ISSUER = new TestIssuer();

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    private static EmbeddedServer start(String redisUri, String pollInterval) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                "revocation-test", "true",
                "qeetmart.security.jwks-url", ISSUER.jwksUrl(),
                "qeetmart.security.revocations.url", ISSUER.revocationsUrl(),
                "qeetmart.security.revocations.poll-interval", pollInterval,
                "qeetmart.redis.uri", redisUri));
        return ApplicationContext.run(EmbeddedServer.class, settings);
    }

    private static int callWith(EmbeddedServer server, String token) {
        try (HttpClient http = HttpClient.create(server.getURL())) {
            return http.toBlocking().exchange(HttpRequest.GET("/revocation-probe").bearerAuth(token)).code();
        } catch (HttpClientResponseException refused) {
            return refused.code();
        }
    }

    /** How long after the call it took for the token to be refused (at most {@code limit}). */
    private static Duration refusedAfter(EmbeddedServer server, String token, Duration limit) throws InterruptedException {
        Instant from = Instant.now();
        while (callWith(server, token) != 401) {
            assertTrue(Instant.now().isBefore(from.plus(limit)), "still accepted after " + limit);
            Thread.sleep(20);
        }
        return Duration.between(from, Instant.now());
    }

    @Test
    void withoutRedisTheFeedStopsARememberedTokenWithinFiveSeconds() throws Exception {
        try (EmbeddedServer server = start("", "2s")) {
            String token = ISSUER.adminToken();
            String other = ISSUER.adminToken();
            assertEquals(200, callWith(server, token)); // verified once, remembered from now on
            ISSUER.revokeSessionOf(token);

            refusedAfter(server, token, Duration.ofSeconds(5));
            assertEquals(200, callWith(server, other), "another session goes on");
        }
    }

    @Test
    void aRevocationOnTheRedisChannelStopsATokenAtOnce() throws Exception {
        try (EmbeddedServer server = start("redis://127.0.0.1:6379", "1h")) {
            String token = ISSUER.adminToken();
            assertEquals(200, callWith(server, token));
            // The subscription is made in the background and pub/sub keeps nothing for a late
            // subscriber: the revocation is announced again until it is heard (applying it twice
            // is harmless). The feed is polled hourly here, so only the channel can stop the token.
            RedisClient redis = RedisClient.create("redis://127.0.0.1:6379");
            try (var connection = redis.connect()) {
                Eventually.await("the channel's revocation to stop the token", Duration.ofSeconds(10), () -> {
                    Instant now = Instant.now();
                    connection.sync().publish(RevocationChannel.NAME, "{\"sessionId\": \"" + TestIssuer.sessionOf(token)
                            + "\", \"revokedAt\": \"" + now + "\", \"expiresAt\": \"" + now.plusSeconds(960) + "\"}");
                    return callWith(server, token) == 401;
                });
            } finally {
                redis.shutdown();
            }
        }
    }

    @Test
    void anUnreadableFeedOrMessageChangesNothing() {
        RevokedSessions revoked = new RevokedSessions();
        revoked.apply(new Revocation(null, Instant.now(), Instant.now().plusSeconds(60)));
        revoked.apply(new Revocation("s", Instant.now(), null));
        revoked.apply(new Revocation("gone", Instant.now().minusSeconds(120), Instant.now().minusSeconds(60)));
        assertEquals(false, revoked.isRevoked("gone"), "its tokens have all expired");
        revoked.forgetExpired();
        assertEquals(0, revoked.size());
    }

    @Controller("/revocation-probe")
    @Requires(property = "revocation-test", value = "true")
    static class Probe {
        @Get
        @Secured(SecurityRule.IS_AUTHENTICATED)
        String get() {
            return "ok";
        }
    }
}
