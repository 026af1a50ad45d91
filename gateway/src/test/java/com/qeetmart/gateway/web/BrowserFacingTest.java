package com.qeetmart.gateway.web;

import com.qeetmart.gateway.support.GatewayTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static com.qeetmart.gateway.support.ProblemResponse.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CORS, security headers and the body size limit: what browsers and careless clients meet. */
@MicronautTest
class BrowserFacingTest extends GatewayTest {

    @Test
    void anAllowedOriginsPreflightIsAnsweredAtTheEdge() {
        HttpResponse<String> response = gateway.send("OPTIONS", "/api/v1/inventory/reservations", null,
                "Origin", ALLOWED_ORIGIN, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization, content-type, idempotency-key");

        assertEquals(204, response.statusCode());
        assertEquals(ALLOWED_ORIGIN, response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("true", response.headers().firstValue("Access-Control-Allow-Credentials").orElseThrow());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("POST"));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().contains("Idempotency-Key"));
    }

    @Test
    void anAllowedOriginsRequestCarriesTheCorsHeaders() {
        HttpResponse<String> response = gateway.get("/api/v1/products", "Origin", ALLOWED_ORIGIN);

        assertEquals(200, response.statusCode(), response::body);
        assertEquals(ALLOWED_ORIGIN, response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow().contains("x-correlation-id"));
        assertTrue(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow().contains("Idempotent-Replayed"),
                "a browser may read whether a reservation was a repeat");
        // CORS is judged here: the service, which allows no browser origin, does not see it.
        assertFalse(response.body().contains(ALLOWED_ORIGIN), response.body());
    }

    @Test
    void everyAnswerSaysItVariesByOriginWhetherOrNotTheRequestNamedOne() {
        HttpResponse<String> withoutOrigin = gateway.get("/api/v1/products");
        HttpResponse<String> withOrigin = gateway.get("/api/v1/products", "Origin", ALLOWED_ORIGIN);

        for (HttpResponse<String> response : List.of(withoutOrigin, withOrigin)) {
            assertEquals(200, response.statusCode(), response::body);
            assertTrue(String.join(",", response.headers().allValues("Vary")).contains("Origin"), response.headers().toString());
        }
        assertTrue(withoutOrigin.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "null", "https://shop.example.evil.example"})
    void anOriginNotOnTheListIsRefused(String origin) {
        HttpResponse<String> preflight = gateway.send("OPTIONS", "/api/v1/products", null,
                "Origin", origin, "Access-Control-Request-Method", "GET");
        HttpResponse<String> request = gateway.get("/api/v1/products", "Origin", origin);

        assertProblem(preflight, 403, "/problems/forbidden", "FORBIDDEN");
        assertProblem(request, 403, "/problems/forbidden", "FORBIDDEN");
        assertFalse(request.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : new HttpResponse[] {
                gateway.get("/api/v1/products"), gateway.get("/health"), gateway.get("/api/v1/users/me")}) {
            assertTrue(response.headers().firstValue("Strict-Transport-Security").orElseThrow().startsWith("max-age="));
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElseThrow());
            assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElseThrow());
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedWith413() {
        String body = "x".repeat(1024 * 1024 + 1);

        HttpResponse<String> response = gateway.send("POST", "/api/v1/auth/register", body, "Content-Type", "application/json");

        assertProblem(response, 413, "/problems/payload-too-large", "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aChunkedBodyOverOneMegabyteIsRefusedToo() {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = new byte[(head.length + chunk.length + 2) * 17 + 5];
        int at = 0;
        for (int i = 0; i < 17; i++) {
            System.arraycopy(head, 0, body, at, head.length);
            at += head.length;
            System.arraycopy(chunk, 0, body, at, chunk.length);
            at += chunk.length;
            body[at++] = '\r';
            body[at++] = '\n';
        }
        System.arraycopy("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0, body, at, 5);

        String answer = gateway.raw("POST /api/v1/auth/register HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", body);

        assertTrue(answer.startsWith("HTTP/1.1 413"), answer.lines().findFirst().orElse(""));
        assertTrue(answer.contains("/problems/payload-too-large"), answer);
    }

    @Test
    void aBodyUnderTheLimitReachesTheService() {
        String body = "{\"note\":\"" + "y".repeat(900 * 1024) + "\"}";

        HttpResponse<String> response = gateway.send("POST", "/api/v1/auth/register", body, "Content-Type", "application/json");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("y".repeat(1000)));
    }
}
