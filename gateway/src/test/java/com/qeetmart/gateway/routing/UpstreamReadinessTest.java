package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.support.GatewayClient;
import com.qeetmart.gateway.support.GatewayTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import static com.qeetmart.gateway.support.ProblemResponse.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service that says it is not ready (warming up, its database away) is sent nothing: its
 * requests are a quick 503 with Retry-After, the other services are unaffected, and it gets its
 * requests again once it says it is ready.
 */
@MicronautTest
class UpstreamReadinessTest extends GatewayTest {

    private HttpResponse<String> catalogRead() {
        return gateway.get("/api/v1/products/p1");
    }

    private HttpResponse<String> within(Duration limit, Predicate<HttpResponse<String>> until) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> response = catalogRead();
        while (!until.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = catalogRead();
        }
        return response;
    }

    @Test
    void aServiceNotReadyGetsNothingUntilItIsReady() throws Exception {
        products.readiness(503);
        HttpResponse<String> refused = within(Duration.ofSeconds(15), response -> response.statusCode() == 503);
        Map<String, Object> problem = assertProblem(refused, 503, "/problems/service-not-ready", "SERVICE_NOT_READY");
        assertEquals("The products service is not ready; retry after 1 s", problem.get("detail"));
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));

        long started = System.nanoTime();
        assertEquals(503, catalogRead().statusCode());
        // At once: waiting for the upstream would take its read timeout (seconds).
        assertTrue(System.nanoTime() - started < Duration.ofMillis(2_000).toNanos(), "refused at once, not waited on");
        HttpResponse<String> other = gateway.get("/api/v1/users/me", "Authorization", "Bearer " + ISSUER.userToken());
        assertEquals("users", GatewayClient.json(other).get("service"), "the other services are unaffected");

        products.readiness(200);
        HttpResponse<String> served = within(Duration.ofSeconds(15), response -> response.statusCode() == 200);
        assertEquals("products", GatewayClient.json(served).get("service"), "served again once ready");
    }
}
