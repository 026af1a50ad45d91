package com.qeetmart.gateway.metrics;

import com.qeetmart.gateway.support.GatewayClient;
import com.qeetmart.gateway.support.GatewayTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import com.qeetmart.platform.testing.Eventually;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Metrics are served on the management port only (which proxies nothing), and name proxied requests by route group. */
@MicronautTest
class GatewayMetricsTest extends GatewayTest {

    @Test
    void proxiedRequestsAreCountedPerRouteGroupOnTheManagementPort() {
        gateway.get("/api/v1/products");
        gateway.get("/api/v1/users/me");

        // A request is timed when its answer is written: the scrape may come a moment before that.
        Eventually.await("both requests in the scrape", Duration.ofSeconds(10),
                () -> new GatewayClient(managementPort).get("/prometheus").body(),
                scrape -> counted(scrape, "proxy products", "200") && counted(scrape, "proxy users", "401"));
    }

    private static boolean counted(String scrape, String operation, String status) {
        return scrape.lines().anyMatch(line -> line.startsWith("qeetmart_http_server_requests_seconds_count{")
                && line.contains("operation=\"" + operation + "\"") && line.contains("status=\"" + status + "\""));
    }

    @Test
    void thePublicPortDoesNotServeMetrics() {
        assertEquals(404, gateway.get("/prometheus").statusCode());
    }

    @Test
    void theManagementPortProxiesNothing() {
        var answer = new GatewayClient(managementPort).get("/api/v1/products");

        assertEquals(404, answer.statusCode());
        assertTrue(answer.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        assertEquals(200, gateway.get("/api/v1/products").statusCode());
    }
}
