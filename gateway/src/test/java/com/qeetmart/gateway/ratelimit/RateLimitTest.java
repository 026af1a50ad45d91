package com.qeetmart.gateway.ratelimit;

import com.qeetmart.gateway.support.EchoUpstream;
import com.qeetmart.gateway.support.GatewayClient;
import com.qeetmart.platform.testing.Eventually;
import com.qeetmart.platform.testing.FreePort;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import com.qeetmart.platform.testing.TestIssuer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.qeetmart.gateway.support.ProblemResponse.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rate limits across gateway replicas: each test starts its own gateways with a low limit. */
class RateLimitTest {

    private static final TestIssuer ISSUER = new TestIssuer();

    private final EchoUpstream upstream = new EchoUpstream("any");
    private final String keys = "test:" + UUID.randomUUID() + ":";
    private final List<EmbeddedServer> gateways = new ArrayList<>();

    @Test
    void twoGatewayReplicasShareOneLimitPerClient() {
        GatewayClient first = start(Map.of("qeetmart.gateway.rate-limit.per-minute", "5"));
        GatewayClient second = start(Map.of("qeetmart.gateway.rate-limit.per-minute", "5"));

        for (int remaining = 4; remaining >= 2; remaining--) {
            HttpResponse<String> response = first.get("/api/v1/products");
            assertEquals(200, response.statusCode());
            assertEquals("5", response.headers().firstValue("RateLimit-Limit").orElseThrow());
            assertEquals(String.valueOf(remaining), response.headers().firstValue("RateLimit-Remaining").orElseThrow());
        }
        Eventually.await("the first replica's three requests to reach Redis", Duration.ofSeconds(10),
                () -> countedInRedis() >= 3);
        assertEquals(200, second.get("/api/v1/products").statusCode());
        assertEquals(200, second.get("/api/v1/products").statusCode());

        HttpResponse<String> refused = second.get("/api/v1/products");

        assertProblem(refused, 429, "/problems/too-many-requests", "TOO_MANY_REQUESTS");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("0", refused.headers().firstValue("RateLimit-Remaining").orElseThrow());
        Eventually.await("the first replica to learn the limit is spent", Duration.ofSeconds(10),
                () -> first.get("/api/v1/products").statusCode() == 429);
    }

    /** The highest count any of this test's keys holds in the shared Redis. */
    private long countedInRedis() {
        RedisClient client = RedisClient.create("redis://127.0.0.1:6379");
        try (StatefulRedisConnection<String, String> redis = client.connect()) {
            return redis.sync().keys(keys + "*").stream().map(redis.sync()::get)
                    .mapToLong(value -> value == null ? 0 : Long.parseLong(value)).max().orElse(0);
        } finally {
            client.shutdown();
        }
    }

    @Test
    void aPartnerApplicationIsLimitedByItsClientIdWithItsOwnQuotaNotByItsAddress() {
        GatewayClient gateway = start(Map.of("qeetmart.gateway.rate-limit.per-minute", "3",
                "qeetmart.gateway.rate-limit.per-application-per-minute", "100"));
        String application = "Bearer " + ISSUER.applicationToken(UUID.randomUUID(), 4, "catalog:write");

        // Its first request is counted by its address: no token is verified before the limit.
        assertEquals("3", createCategory(gateway, application).headers().firstValue("RateLimit-Limit").orElseThrow());
        for (int remaining = 3; remaining >= 0; remaining--) {
            HttpResponse<String> response = createCategory(gateway, application);
            assertEquals(200, response.statusCode());
            assertEquals("4", response.headers().firstValue("RateLimit-Limit").orElseThrow(), "its own quota");
            assertEquals(String.valueOf(remaining), response.headers().firstValue("RateLimit-Remaining").orElseThrow());
        }
        assertProblem(createCategory(gateway, application), 429, "/problems/too-many-requests", "TOO_MANY_REQUESTS");
        assertEquals(200, gateway.get("/api/v1/products").statusCode(), "its address's budget was not spent by it");

        String other = "Bearer " + ISSUER.applicationToken(UUID.randomUUID(), "catalog:write");
        createCategory(gateway, other);
        assertEquals("100", createCategory(gateway, other).headers().firstValue("RateLimit-Limit").orElseThrow(),
                "without a quota of its own: the default for applications");
    }

    private static HttpResponse<String> createCategory(GatewayClient gateway, String authorization) {
        return gateway.send("POST", "/api/v1/categories", "{}", "Authorization", authorization, "Content-Type", "application/json");
    }

    @Test
    void aForgedApplicationTokenIsCountedByItsAddress() {
        GatewayClient gateway = start(Map.of("qeetmart.gateway.rate-limit.per-minute", "2"));
        String[] parts = ISSUER.applicationToken(UUID.randomUUID(), 1000, "catalog:write").split("\\.");
        String forged = "Bearer " + parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertEquals(401, gateway.get("/api/v1/users/me", "Authorization", forged).statusCode());
        assertEquals(401, gateway.get("/api/v1/users/me", "Authorization", forged).statusCode());
        assertProblem(gateway.get("/api/v1/users/me", "Authorization", forged), 429, "/problems/too-many-requests",
                "TOO_MANY_REQUESTS");
    }

    @Test
    void aRouteGroupWithItsOwnLimitIsLimitedSooner() {
        GatewayClient gateway = start(Map.of("qeetmart.gateway.rate-limit.per-minute", "100",
                "qeetmart.gateway.rate-limit.groups.auth", "2"));

        assertEquals(200, gateway.send("POST", "/api/v1/auth/login", "{}").statusCode());
        assertEquals(200, gateway.send("POST", "/api/v1/auth/login", "{}").statusCode());

        assertProblem(gateway.send("POST", "/api/v1/auth/login", "{}"), 429, "/problems/too-many-requests", "TOO_MANY_REQUESTS");
        assertEquals(200, gateway.get("/api/v1/products").statusCode());
    }

    @Test
    void withoutRedisEachReplicaStillLimits() {
        GatewayClient gateway = start(Map.of("qeetmart.gateway.rate-limit.per-minute", "3",
                "qeetmart.redis.uri", "redis://127.0.0.1:" + FreePort.find()));

        for (int i = 0; i < 3; i++) {
            assertEquals(200, gateway.get("/api/v1/products").statusCode());
        }

        assertProblem(gateway.get("/api/v1/products"), 429, "/problems/too-many-requests", "TOO_MANY_REQUESTS");
    }

    @Test
    void behindATrustedProxyRangeEachForwardedClientHasItsOwnLimit() {
        // As behind a Kubernetes ingress: the proxy's address is any in a block, not one address.
        GatewayClient gateway = start(Map.of("qeetmart.gateway.rate-limit.per-minute", "2",
                "qeetmart.http.trusted-proxies", "10.0.0.0/8, 127.0.0.0/8"));

        assertEquals(200, gateway.get("/api/v1/products", "X-Forwarded-For", "203.0.113.7").statusCode());
        assertEquals(200, gateway.get("/api/v1/products", "X-Forwarded-For", "203.0.113.7").statusCode());
        assertProblem(gateway.get("/api/v1/products", "X-Forwarded-For", "203.0.113.7"),
                429, "/problems/too-many-requests", "TOO_MANY_REQUESTS");

        HttpResponse<String> another = gateway.get("/api/v1/products", "X-Forwarded-For", "198.51.100.9, 10.1.2.3");
        assertEquals(200, another.statusCode());
        assertEquals("1", another.headers().firstValue("RateLimit-Remaining").orElseThrow());
        // A host name is never a trusted hop, nor an address: the request counts as the proxy's
        // own, not as the client it follows (who has no budget left).
        assertEquals(200, gateway.get("/api/v1/products", "X-Forwarded-For", "203.0.113.7, proxy.example").statusCode());
    }

    @Test
    void anIpv6ClientIsLimitedByItsSlash64SoFreshAddressesInItBuyNoFreshLimit() {
        GatewayClient gateway = start(Map.of("qeetmart.gateway.rate-limit.per-minute", "2",
                "qeetmart.http.trusted-proxies", "127.0.0.0/8"));

        assertEquals(200, gateway.get("/api/v1/products", "X-Forwarded-For", "2001:db8:1:2::1").statusCode());
        assertEquals(200, gateway.get("/api/v1/products", "X-Forwarded-For", "2001:db8:1:2:ffff::7").statusCode());
        assertProblem(gateway.get("/api/v1/products", "X-Forwarded-For", "2001:db8:1:2:a:b:c:d"),
                429, "/problems/too-many-requests", "TOO_MANY_REQUESTS");

        assertEquals(200, gateway.get("/api/v1/products", "X-Forwarded-For", "2001:db8:1:3::1").statusCode(),
                "another /64 has its own limit");
    }

    @Test
    void byDefaultNoProxyIsTrustedSoNamingOtherAddressesBuysNoFreshLimit() {
        GatewayClient gateway = start(Map.of("qeetmart.gateway.rate-limit.per-minute", "2"));

        assertEquals(200, gateway.get("/api/v1/products", "X-Forwarded-For", "203.0.113.1").statusCode());
        assertEquals(200, gateway.get("/api/v1/products", "X-Forwarded-For", "203.0.113.2").statusCode());
        assertProblem(gateway.get("/api/v1/products", "X-Forwarded-For", "203.0.113.3"),
                429, "/problems/too-many-requests", "TOO_MANY_REQUESTS");
    }

    @Test
    void healthProbesAreNeverLimited() {
        GatewayClient gateway = start(Map.of("qeetmart.gateway.rate-limit.per-minute", "1"));
        assertEquals(200, gateway.get("/api/v1/products").statusCode());

        for (int i = 0; i < 5; i++) {
            assertEquals(200, gateway.get("/health").statusCode());
        }
        assertEquals(429, gateway.get("/api/v1/products").statusCode());
    }

    private GatewayClient start(Map<String, String> settings) {
        int port = FreePort.find();
        Map<String, Object> properties = new HashMap<>(Map.of(
                "micronaut.server.port", port,
                "qeetmart.gateway.upstreams.auth", upstream.url(),
                "qeetmart.gateway.upstreams.users", upstream.url(),
                "qeetmart.gateway.upstreams.products", upstream.url(),
                "qeetmart.gateway.upstreams.inventory", upstream.url(),
                "qeetmart.security.jwks-url", ISSUER.jwksUrl(),
                "qeetmart.gateway.rate-limit.key-prefix", keys,
                "qeetmart.gateway.rate-limit.sync-interval", "50ms",
                "endpoints.all.port", FreePort.find()));
        properties.putAll(settings);
        gateways.add(ApplicationContext.run(EmbeddedServer.class, properties));
        return new GatewayClient(port);
    }

    @AfterEach
    void stop() {
        gateways.forEach(EmbeddedServer::close);
        upstream.close();
    }
}
