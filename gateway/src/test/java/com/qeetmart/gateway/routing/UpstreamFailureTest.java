package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.support.GatewayTest;
import com.qeetmart.platform.testing.FreePort;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static com.qeetmart.gateway.support.ProblemResponse.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class UpstreamFailureTest extends GatewayTest {

    @Override
    protected Map<String, String> extraProperties() {
        // Nothing listens here: the users service is down.
        return Map.of("qeetmart.gateway.upstreams.users", "http://127.0.0.1:" + FreePort.find());
    }

    @Test
    void aServiceThatRefusesTheConnectionIs502() {
        HttpResponse<String> response = gateway.get("/api/v1/users/me", "Authorization", "Bearer " + ISSUER.userToken(),
                "x-correlation-id", "users-down-1");

        Map<String, Object> problem = assertProblem(response, 502, "/problems/upstream-unavailable", "SERVICE_UNAVAILABLE");
        assertEquals("users-down-1", problem.get("correlationId"));
        assertEquals("The users service is unavailable", problem.get("detail"));
    }

    @Test
    void aServiceThatDoesNotAnswerWithinTheTimeoutIs504() {
        long started = System.nanoTime();

        HttpResponse<String> response = gateway.get("/api/v1/products/slow");

        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Object> problem = assertProblem(response, 504, "/problems/upstream-timeout", "UPSTREAM_TIMEOUT");
        assertTrue(((String) problem.get("detail")).startsWith("The products service did not answer within 1000 ms"));
        assertTrue(millis >= 900 && millis < 2900, "answered after " + millis + " ms");
    }

    @Test
    void otherServicesAreUnaffected() {
        assertEquals(200, gateway.get("/api/v1/products").statusCode());
    }
}
