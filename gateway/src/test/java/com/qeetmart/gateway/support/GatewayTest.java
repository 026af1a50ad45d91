package com.qeetmart.gateway.support;

import com.qeetmart.platform.testing.FreePort;
import com.qeetmart.platform.testing.TestIssuer;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Base of the gateway's tests: the real gateway on a real port in front of four echo upstreams
 * (auth, users, products, inventory), a test issuer standing in for auth's JWKS, real Redis for
 * the rate limit (keys under a prefix of this test's own), and a 1 s upstream timeout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GatewayTest implements TestPropertyProvider {

    protected static final TestIssuer ISSUER = new TestIssuer();
    protected static final String ALLOWED_ORIGIN = "https://shop.example";

    protected final EchoUpstream auth = new EchoUpstream("auth");
    protected final EchoUpstream users = new EchoUpstream("users");
    protected final EchoUpstream products = new EchoUpstream("products");
    protected final EchoUpstream inventory = new EchoUpstream("inventory");
    protected final String rateLimitKeys = "test:" + UUID.randomUUID() + ":";
    protected GatewayClient gateway;
    protected int managementPort;

    @Override
    public Map<String, String> getProperties() {
        int port = FreePort.find();
        gateway = new GatewayClient(port);
        Map<String, String> properties = new HashMap<>(Map.of(
                "micronaut.server.port", String.valueOf(port),
                "qeetmart.gateway.upstreams.auth", auth.url(),
                "qeetmart.gateway.upstreams.users", users.url(),
                "qeetmart.gateway.upstreams.products", products.url(),
                "qeetmart.gateway.upstreams.inventory", inventory.url(),
                "qeetmart.security.jwks-url", ISSUER.jwksUrl(),
                "micronaut.http.client.read-timeout", "1s",
                "qeetmart.gateway.health-timeout", "500ms",
                "qeetmart.gateway.cors.allowed-origins", ALLOWED_ORIGIN));
        properties.put("qeetmart.gateway.rate-limit.key-prefix", rateLimitKeys);
        for (var upstream : Map.of("auth", auth, "users", users, "products", products, "inventory", inventory).entrySet()) {
            properties.put("qeetmart.gateway.health-urls." + upstream.getKey(), upstream.getValue().url() + "/health");
        }
        managementPort = FreePort.find();
        properties.put("endpoints.all.port", String.valueOf(managementPort));
        properties.putAll(extraProperties());
        return properties;
    }

    /** Settings a test class changes (e.g. a low rate limit). */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    @AfterAll
    void stopUpstreams() {
        auth.close();
        users.close();
        products.close();
        inventory.close();
    }
}
