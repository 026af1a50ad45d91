package com.qeetmart.sdk;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The caller's trace travels with each call: asked once, on every attempt, never over the SDK's own headers. */
class TraceContextTest {

    private static final UUID SHOE = new UUID(0, 1);
    private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final String PRODUCT = "{\"id\":\"" + SHOE + "\",\"name\":\"Trail shoe\",\"status\":\"ACTIVE\","
            + "\"price\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"attributes\":{},\"version\":1,"
            + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\"}";

    private final List<HttpRequest> sent = new CopyOnWriteArrayList<>();

    private QeetMart.Builder sdk(int failFirst) {
        AtomicInteger attempts = new AtomicInteger();
        return QeetMart.builder().baseUrl("https://api.example.test/api/v1").accessToken("t0k").etagCache(0)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(5)))
                .transport(request -> {
                    sent.add(request);
                    return attempts.incrementAndGet() <= failFirst
                            ? Transport.Response.empty(503).withHeader("Retry-After", "0") : Transport.Response.json(200, PRODUCT);
                });
    }

    @Test
    void oneCallAsksForTheTraceOnceAndSendsItOnEachAttempt() {
        AtomicInteger asked = new AtomicInteger();
        QeetMart traced = sdk(1).traceContext(() -> {
            asked.incrementAndGet();
            return Map.of("traceparent", TRACE, "tracestate", "vendor=1");
        }).build();

        traced.products().getProduct(SHOE, null);

        assertEquals(1, asked.get());
        assertEquals(2, sent.size());
        for (HttpRequest request : sent) {
            assertEquals(TRACE, request.headers().firstValue("traceparent").orElseThrow());
            assertEquals("vendor=1", request.headers().firstValue("tracestate").orElseThrow());
        }
    }

    @Test
    void aTraceNeverReplacesTheSdksHeadersNorCarriesALineBreak() {
        QeetMart traced = sdk(0).traceContext(() -> Map.of("Authorization", "Bearer forged", "User-Agent", "forged",
                "traceparent", TRACE + "\r\nX-Evil: 1")).build();

        traced.products().getProduct(SHOE, null);

        HttpRequest request = sent.get(0);
        assertEquals("Bearer t0k", request.headers().firstValue("Authorization").orElseThrow());
        assertTrue(request.headers().firstValue("User-Agent").orElseThrow().startsWith("qeetmart-sdk-java/"));
        assertTrue(request.headers().firstValue("traceparent").isEmpty());
    }

    @Test
    void aTraceContextThatThrowsLeavesTheCallUntracedNotFailed() {
        QeetMart traced = sdk(0).traceContext(() -> {
            throw new IllegalStateException("no tracer");
        }).build();

        assertEquals("Trail shoe", traced.products().getProduct(SHOE, null).getName());
        assertTrue(sent.get(0).headers().firstValue("traceparent").isEmpty());
    }
}
