package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.support.GatewayTest;
import com.qeetmart.gateway.support.RawUpstream;
import com.qeetmart.platform.testing.FreePort;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import java.net.http.HttpResponse;
import java.util.Map;

import static com.qeetmart.gateway.support.ProblemResponse.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class UpstreamFailureTest extends GatewayTest {

    // Answers every connection with bytes that are not HTTP, then closes it.
    private final ServerSocket garbage = RawUpstream.start(socket -> {
        socket.getInputStream().read(new byte[8192]);
        socket.getOutputStream().write("SMTP ready\r\n\u0000\u0001 not http at all\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        Thread.sleep(200);
    });

    @Override
    protected Map<String, String> extraProperties() {
        // Nothing listens on the users port: that service is down.
        return Map.of("qeetmart.gateway.upstreams.users", "http://127.0.0.1:" + FreePort.find(),
                "qeetmart.gateway.upstreams.inventory", "http://127.0.0.1:" + garbage.getLocalPort());
    }

    @Test
    void aServiceThatAnswersSomethingOtherThanHttpIs502() {
        HttpResponse<String> response = gateway.get("/api/v1/inventory/p1", "Authorization", "Bearer " + ISSUER.userToken());

        Map<String, Object> problem = assertProblem(response, 502, "/problems/upstream-unavailable", "UPSTREAM_UNAVAILABLE");
        assertEquals("The inventory service is unavailable", problem.get("detail"));
    }

    @AfterAll
    void stopGarbage() throws IOException {
        garbage.close();
    }

    @Test
    void aServiceThatRefusesTheConnectionIs502() {
        HttpResponse<String> response = gateway.get("/api/v1/users/me", "Authorization", "Bearer " + ISSUER.userToken(),
                "x-correlation-id", "users-down-1");

        Map<String, Object> problem = assertProblem(response, 502, "/problems/upstream-unavailable", "UPSTREAM_UNAVAILABLE");
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
        // Not before the timeout (the 504 shows it did not wait for the answer, due after 3 s);
        // the upper bound leaves room for a loaded machine.
        assertTrue(millis >= 900 && millis < 8_000, "answered after " + millis + " ms");
    }

    @Test
    void aCallsTimeoutCountsFromItsOwnStartOnAConnectionEarlierCallsUsed() {
        // Calls for 400 ms on the kept-alive connections: their read-timeout timer started with the first of them.
        long callsUntil = System.nanoTime() + 400_000_000L;
        while (System.nanoTime() < callsUntil) {
            assertEquals(200, gateway.get("/api/v1/products").statusCode());
        }
        long started = System.nanoTime();

        // A POST: a GET timed out on a reused connection is tried again on a new one, which would hide an early timeout.
        HttpResponse<String> response = gateway.send("POST", "/api/v1/categories/slow", "{}",
                "Authorization", "Bearer " + ISSUER.adminToken(), "Content-Type", "application/json");

        long millis = (System.nanoTime() - started) / 1_000_000;
        assertProblem(response, 504, "/problems/upstream-timeout", "UPSTREAM_TIMEOUT");
        assertTrue(millis >= 900 && millis < 8_000, "answered after " + millis + " ms, not a full timeout after its start");
    }

    @Test
    void otherServicesAreUnaffected() {
        assertEquals(200, gateway.get("/api/v1/products").statusCode());
    }
}
