package com.qeetmart.sdk;

import com.qeetmart.sdk.StubApi.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.System.Logger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a partner's hook sees of each call: every attempt, the cache, the rate limit, never a secret. */
class CallObserverTest {

    private static final String PRODUCT = "{\"id\":\"%s\",\"name\":\"Trail shoe\",\"status\":\"ACTIVE\",\"price\":{\"amount\":\"1.00\","
            + "\"currency\":\"EUR\"},\"attributes\":{},\"version\":1,\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"updatedAt\":\"2026-01-01T00:00:00Z\"}";
    private static final UUID SHOE = new UUID(0, 1);
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.c2lnbmF0dXJl";

    private final StubApi api = new StubApi();
    private final List<CallEvent> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void everyAttemptIsSeenWithItsStatusCorrelationAndRateLimit() throws Exception {
        api.on("GET /products/" + SHOE,
                Answer.problem(503, "SERVICE_NOT_READY", Map.of("Retry-After", "0")),
                new Answer(200, PRODUCT.formatted(SHOE), Map.of("Content-Type", "application/json",
                        "X-Correlation-Id", "corr-ok", "RateLimit-Limit", "100", "RateLimit-Remaining", "97",
                        "RateLimit-Reset", "42", "ETag", "\"1\"")));
        QeetMart sdk = sdk().build();

        sdk.products().getProduct(SHOE, null);

        assertEquals(List.of(503, 200), events.stream().map(CallEvent::status).toList());
        assertEquals(List.of(1, 2), events.stream().map(CallEvent::attempt).toList());
        CallEvent answered = events.get(1);
        assertEquals("GET", answered.method());
        assertEquals(api.baseUrl() + "/products/" + SHOE, answered.url());
        assertEquals("corr-ok", answered.correlationId());
        assertEquals(new RateLimitState(100, 97, Duration.ofSeconds(42)), answered.rateLimit().orElseThrow());
        assertEquals("corr-503", events.get(0).correlationId());
        assertFalse(answered.fromCache());
        assertFalse(answered.replayed());
    }

    @Test
    void aReadAnsweredFromTheCacheIsReportedAsSuch() throws Exception {
        api.on("GET /products/" + SHOE,
                new Answer(200, PRODUCT.formatted(SHOE), Map.of("Content-Type", "application/json", "ETag", "\"1\"")),
                new Answer(304, "", Map.of("ETag", "\"1\"")));
        QeetMart sdk = sdk().build();

        sdk.products().getProduct(SHOE, null);
        var second = sdk.products().getProductWithHttpInfo(SHOE, null);

        assertEquals(200, second.getStatusCode(), "the generated code sees the kept copy");
        assertEquals(List.of(false, true), events.stream().map(CallEvent::fromCache).toList());
        assertEquals(304, events.get(1).status());
    }

    @Test
    void noAnswerIsAnAttemptWithItsFailure() {
        QeetMart sdk = QeetMart.builder().baseUrl("http://127.0.0.1:1/api/v1").observer(events::add)
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(5))).build();

        try {
            sdk.products().getProduct(SHOE, null);
        } catch (Exception expected) {
            // ConnectionFailedException: what the hook saw is the point here
        }

        assertEquals(2, events.size());
        assertEquals(0, events.get(0).status());
        assertNotNull(events.get(1).failure());
    }

    @Test
    void theDebugLogNeverPrintsATokenOrASecretQueryValue() throws Exception {
        api.on("GET /products/" + SHOE, new Answer(200, PRODUCT.formatted(SHOE), Map.of("Content-Type", "application/json")));
        List<String> lines = new CopyOnWriteArrayList<>();
        QeetMart sdk = QeetMart.builder().baseUrl(api.baseUrl()).accessToken(TOKEN)
                .observer(CallObserver.logging(collecting(lines))).build();

        sdk.products().getProduct(SHOE, null);

        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("GET " + api.baseUrl() + "/products/" + SHOE + " -> 200"), lines.get(0));
        assertFalse(lines.get(0).contains(TOKEN), lines.get(0));
        assertEquals("https://api.example.com/x?page=2&client_secret=REDACTED&access_token=REDACTED",
                SafeUrls.of(java.net.URI.create("https://user:pw@api.example.com/x?page=2&client_secret=s3&access_token=t0k")));
        assertTrue(api.seen.get(0).authorization().contains(TOKEN), "the token was sent, only not shown");
    }

    @Test
    void anObserverThatThrowsNeverFailsTheCall() throws Exception {
        api.on("GET /products/" + SHOE, new Answer(200, PRODUCT.formatted(SHOE), Map.of("Content-Type", "application/json")));
        QeetMart sdk = QeetMart.builder().baseUrl(api.baseUrl()).observer(event -> {
            throw new IllegalStateException("a broken hook");
        }).build();

        assertEquals("Trail shoe", sdk.products().getProduct(SHOE, null).getName());
    }

    private QeetMart.Builder sdk() {
        return QeetMart.builder().baseUrl(api.baseUrl()).observer(events::add)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(10)));
    }

    /** A System.Logger at DEBUG that keeps what it is given. */
    private static Logger collecting(List<String> lines) {
        return new Logger() {
            @Override
            public String getName() {
                return "test";
            }

            @Override
            public boolean isLoggable(Level level) {
                return true;
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
                lines.add(message);
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String format, Object... params) {
                lines.add(format);
            }

            @Override
            public void log(Level level, Supplier<String> supplier) {
                lines.add(supplier.get());
            }
        };
    }
}
