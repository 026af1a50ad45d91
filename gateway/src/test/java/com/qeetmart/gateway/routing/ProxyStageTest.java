package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.support.GatewayTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the proxy stage shares a client connection with the gateway's own operations, on the wire. */
@MicronautTest
class ProxyStageTest extends GatewayTest {

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] \\d{3} [^\\r\\n]*");

    @Test
    void pipelinedRequestsAreAnsweredInTheOrderTheyCame() {
        String answer = gateway.raw("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /api/v1/products/first HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /api/v1/orders/1 HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /api/v1/categories/second HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);

        List<String> statuses = statusLines(answer);
        assertEquals(List.of("HTTP/1.1 200 OK", "HTTP/1.1 200 OK", "HTTP/1.1 404 Not Found", "HTTP/1.1 200 OK"), statuses, answer);
        int health = answer.indexOf("\"service\":\"gateway\"");
        int first = answer.indexOf("/products/first");
        int unknown = answer.indexOf("/problems/not-found");
        int second = answer.indexOf("/categories/second");
        assertTrue(health >= 0 && health < first && first < unknown && unknown < second, answer);
    }

    @Test
    void aNotModifiedAnswerPassesThroughWithItsValidatorsAndNoBody() {
        String answer = gateway.raw("GET /api/v1/categories/not-modified HTTP/1.1\r\nHost: localhost\r\n"
                + "If-None-Match: \"7\"\r\n\r\nGET /api/v1/products/p2 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);

        assertEquals(List.of("HTTP/1.1 304 Not Modified", "HTTP/1.1 200 OK"), statusLines(answer), answer);
        String notModified = answer.substring(0, answer.indexOf("HTTP/1.1 200"));
        assertTrue(notModified.toLowerCase().contains("etag: \"7\""), notModified);
        assertTrue(notModified.toLowerCase().contains("cache-control: public, max-age=5"), notModified);
        assertTrue(notModified.endsWith("\r\n\r\n"), "a 304 has no body: " + notModified);
    }

    @Test
    void theGatewaysOwnRefusalsAreNeverStoredButAServicesCacheRuleComesThrough() {
        HttpResponse<String> refused = gateway.get("/api/v1/users/me");
        HttpResponse<String> proxied = gateway.get("/api/v1/categories/not-modified", "If-None-Match", "\"7\"");

        assertEquals(401, refused.statusCode());
        assertEquals("no-store", refused.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(304, proxied.statusCode());
        assertEquals("public, max-age=5", proxied.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void anHttp10ClientIsAnsweredAndTheConnectionCloses() {
        String answer = gateway.raw("GET /api/v1/products/p1 HTTP/1.0\r\n\r\n", null);

        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.toLowerCase().contains("connection: close"), answer);
        assertTrue(answer.contains("\"path\":\"/products/p1\""), answer);
    }

    @Test
    void aClientThatExpectsContinueIsToldToSendItsBody() {
        byte[] body = "{\"email\":\"a@example.test\"}".getBytes(StandardCharsets.UTF_8);

        String answer = gateway.raw("POST /api/v1/auth/register HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " + body.length + "\r\n\r\n", body);

        assertEquals(List.of("HTTP/1.1 100 Continue", "HTTP/1.1 200 OK"), statusLines(answer), answer);
        assertTrue(answer.contains("a@example.test"), answer);
        assertTrue(!answer.contains("\"expect\":"), "Expect must not reach the service: " + answer);
    }

    @Test
    void aMalformedChunkedBodyIsRefusedAsMalformed() {
        String answer = gateway.raw("POST /api/v1/auth/register HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", null);

        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("/problems/malformed-request"), answer);
    }

    // Status lines, wherever they start: an answer's body is not followed by a line break.
    private static List<String> statusLines(String answer) {
        List<String> lines = new ArrayList<>();
        Matcher status = STATUS_LINE.matcher(answer);
        while (status.find()) {
            lines.add(status.group());
        }
        return lines;
    }
}
