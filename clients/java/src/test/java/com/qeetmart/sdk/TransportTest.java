package com.qeetmart.sdk;

import com.qeetmart.sdk.products.model.Product;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plugged transport stands in for the API, and the SDK treats its answers as the API's. */
class TransportTest {

    private static final UUID SHOE = new UUID(0, 1);
    private static final String PRODUCT = "{\"id\":\"" + SHOE + "\",\"name\":\"Trail shoe\",\"status\":\"ACTIVE\","
            + "\"price\":{\"amount\":\"89.00\",\"currency\":\"EUR\"},\"attributes\":{},\"version\":3,"
            + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\"}";
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(5));

    private final List<HttpRequest> sent = new CopyOnWriteArrayList<>();

    @Test
    void aStandInAnswersTheGeneratedCallsAndSeesEveryAttempt() {
        AtomicInteger attempts = new AtomicInteger();
        QeetMart sdk = QeetMart.builder().baseUrl("https://api.example.test/api/v1").accessToken("t0k").retryPolicy(QUICK)
                .transport(request -> {
                    sent.add(request);
                    return attempts.incrementAndGet() == 1
                            ? Transport.Response.empty(503).withHeader("Retry-After", "0")
                            : Transport.Response.json(200, PRODUCT).withHeader("ETag", "\"3\"");
                }).build();

        Product product = sdk.products().getProduct(SHOE, null);

        assertEquals("Trail shoe", product.getName());
        assertEquals(2, sent.size(), "the 503 was retried through the stand-in");
        HttpRequest last = sent.get(1);
        assertEquals("https://api.example.test/api/v1/products/" + SHOE, last.uri().toString());
        assertEquals("Bearer t0k", last.headers().firstValue("Authorization").orElseThrow());
        assertTrue(last.headers().firstValue("User-Agent").orElseThrow().startsWith("qeetmart-sdk-java/"));
    }

    @Test
    void itsProblemAnswersAreThrownAsTheirKindAndItsFailuresAsConnectionFailures() {
        QeetMart refusing = QeetMart.builder().baseUrl("https://api.example.test/api/v1").retryPolicy(QUICK)
                .transport(request -> Transport.Response.json(404, "{\"type\":\"https://qeetmart.dev/problems/not-found\","
                        + "\"title\":\"Not found\",\"status\":404,\"code\":\"NOT_FOUND\"}")).build();
        NotFoundException missing = assertThrows(NotFoundException.class, () -> refusing.products().getProduct(SHOE, null));
        assertEquals("NOT_FOUND", missing.code());

        QeetMart unreachable = QeetMart.builder().baseUrl("https://api.example.test/api/v1").retryPolicy(QUICK)
                .transport(request -> {
                    sent.add(request);
                    throw new ConnectException("Connection refused");
                }).build();
        assertThrows(ConnectionFailedException.class, () -> unreachable.products().getProduct(SHOE, null));
        assertEquals(3, sent.size(), "a read that could not connect is tried as often as the policy allows");
    }

    @Test
    void aTransportThatGivesNoAnswerFailsTheCallAsAFailedConnection() {
        QeetMart silent = QeetMart.builder().baseUrl("https://api.example.test/api/v1").retryPolicy(QUICK)
                .transport(request -> null).build();
        ConnectionFailedException failed = assertThrows(ConnectionFailedException.class,
                () -> silent.products().getProduct(SHOE, null));
        assertTrue(String.valueOf(failed.getMessage()).contains("api.example.test"), failed.getMessage());
    }
}
