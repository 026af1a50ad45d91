package com.qeetmart.sdk;

import com.qeetmart.sdk.StubApi.Answer;
import com.qeetmart.sdk.inventory.model.ReservationLine;
import com.qeetmart.sdk.inventory.model.ReservationRequest;
import com.qeetmart.sdk.products.ProductsApi.APISearchProductsRequest;
import com.qeetmart.sdk.products.model.Product;
import com.qeetmart.sdk.products.model.ProductSort;
import com.qeetmart.sdk.products.model.ProductPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QeetMartTest {

    private static final String PRODUCT = "{\"id\":\"%s\",\"name\":\"Shoe %s\",\"status\":\"ACTIVE\",\"price\":{\"amount\":\"1.00\","
            + "\"currency\":\"EUR\"},\"attributes\":{},\"version\":1,\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\"}";
    private static final String RESERVATION = "{\"id\":\"" + UUID.randomUUID() + "\",\"orderId\":\"" + UUID.randomUUID()
            + "\",\"status\":\"ACTIVE\",\"lines\":[],\"expiresAt\":\"2026-01-01T00:10:00Z\",\"createdAt\":\"2026-01-01T00:00:00Z\"}";

    private final StubApi api = new StubApi();
    private final MutableClock clock = new MutableClock();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void signsInOnFirstUseAndSendsTheAccessToken() throws Exception {
        api.on("POST /auth/login", tokens("access-1", "refresh-1", 900))
                .on("GET /products/" + id(1), Answer.json(200, product(1)));

        Product product = sdk().products().getProduct(id(1), null);

        assertEquals("Shoe 1", product.getName());
        assertEquals(1, api.seen("POST", "/auth/login").size());
        assertEquals("Bearer access-1", api.seen("GET", "/products/" + id(1)).get(0).authorization());
    }

    @Test
    void refreshesTheAccessTokenShortlyBeforeItExpires() throws Exception {
        api.on("POST /auth/login", tokens("access-1", "refresh-1", 900))
                .on("POST /auth/refresh", tokens("access-2", "refresh-2", 900))
                .on("GET /products/" + id(1), Answer.json(200, product(1)));
        QeetMart sdk = sdk();
        sdk.products().getProduct(id(1), null);

        clock.advance(Duration.ofSeconds(880));
        sdk.products().getProduct(id(1), null);

        assertTrue(api.seen("POST", "/auth/refresh").get(0).body().contains("refresh-1"));
        assertEquals("Bearer access-2", api.seen("GET", "/products/" + id(1)).get(1).authorization());
    }

    @Test
    void aRejectedTokenIsRenewedOnceAndTheCallRepeated() throws Exception {
        api.on("POST /auth/login", tokens("access-1", "refresh-1", 900))
                .on("POST /auth/refresh", tokens("access-2", "refresh-2", 900))
                .on("GET /products/" + id(1), Answer.problem(401, "UNAUTHORIZED", Map.of()), Answer.json(200, product(1)));

        assertEquals("Shoe 1", sdk().products().getProduct(id(1), null).getName());
        assertEquals("Bearer access-2", api.seen("GET", "/products/" + id(1)).get(1).authorization());
    }

    @Test
    void anEndedSessionSignsInAgain() throws Exception {
        api.on("POST /auth/login", tokens("access-1", "refresh-1", 900), tokens("access-3", "refresh-3", 900))
                .on("POST /auth/refresh", Answer.problem(401, "REFRESH_TOKEN_INVALID", Map.of()))
                .on("GET /products/" + id(1), Answer.problem(401, "UNAUTHORIZED", Map.of()), Answer.json(200, product(1)));

        sdk().products().getProduct(id(1), null);

        assertEquals(2, api.seen("POST", "/auth/login").size());
        assertEquals("Bearer access-3", api.seen("GET", "/products/" + id(1)).get(1).authorization());
    }

    @Test
    void errorsAreTypedProblemsWithFieldErrors() {
        api.on("GET /products/" + id(1), new Answer(400, "{\"type\":\"/problems/validation-failed\",\"title\":\"Request "
                + "validation failed\",\"status\":400,\"code\":\"VALIDATION_FAILED\",\"correlationId\":\"c-7\",\"detail\":\"1 field"
                + " is invalid\",\"errors\":[{\"field\":\"size\",\"message\":\"must be at most 100\"}]}",
                Map.of("Content-Type", "application/problem+json")));

        QeetMartApiException e = assertThrows(QeetMartApiException.class, () -> anonymous().products().getProduct(id(1), null));

        assertEquals(400, e.status());
        assertEquals("/problems/validation-failed", e.type());
        assertEquals("VALIDATION_FAILED", e.code());
        assertEquals("c-7", e.correlationId());
        assertEquals(List.of(new FieldError("size", "must be at most 100")), e.fieldErrors());
    }

    @Test
    void aSafeCallIsRetriedOnServiceUnavailableHonouringRetryAfter() throws Exception {
        api.on("GET /products/" + id(1), Answer.problem(503, "SERVICE_UNAVAILABLE", Map.of("Retry-After", "1")),
                Answer.json(200, product(1)));
        long started = System.nanoTime();

        assertEquals("Shoe 1", anonymous().products().getProduct(id(1), null).getName());

        assertTrue(System.nanoTime() - started >= 950_000_000L, "waited Retry-After");
        assertEquals(2, api.seen("GET", "/products/" + id(1)).size());
    }

    @Test
    void aPostThatHonoursNoKeyIsNeverRetried() {
        api.on("POST /auth/password-reset", Answer.problem(503, "SERVICE_UNAVAILABLE", Map.of()));

        QeetMartApiException e = assertThrows(QeetMartApiException.class, () -> anonymous().accounts()
                .requestPasswordReset(new com.qeetmart.sdk.auth.model.PasswordResetRequest().email("a@example.com")));

        assertEquals(503, e.status());
        assertEquals(1, api.seen("POST", "/auth/password-reset").size());
        assertNull(api.seen("POST", "/auth/password-reset").get(0).idempotencyKey());
    }

    @Test
    void aCreationWithoutAKeyGetsOneOfItsOwnAndIsRetriedWithIt() {
        api.on("POST /products", Answer.problem(503, "SERVICE_UNAVAILABLE", Map.of()), Answer.json(201, product(1)));

        anonymous().products().createProduct(new com.qeetmart.sdk.products.model.ProductInput().name("x"), null);

        List<StubApi.Seen> attempts = api.seen("POST", "/products");
        assertEquals(2, attempts.size());
        assertNotNull(attempts.get(0).idempotencyKey());
        assertEquals(attempts.get(0).idempotencyKey(), attempts.get(1).idempotencyKey());
    }

    @Test
    void aReservationIsRetriedWithItsOwnIdempotencyKey() throws Exception {
        api.on("POST /inventory/reservations", Answer.problem(502, "UPSTREAM_UNAVAILABLE", Map.of()),
                Answer.problem(504, "UPSTREAM_TIMEOUT", Map.of()), Answer.json(201, RESERVATION));

        assertNotNull(anonymous().reserve(new ReservationRequest().orderId(UUID.randomUUID())
                .addLinesItem(new ReservationLine().productId(id(1)).quantity(1))).getId());

        List<StubApi.Seen> attempts = api.seen("POST", "/inventory/reservations");
        assertEquals(3, attempts.size());
        assertNotNull(attempts.get(0).idempotencyKey());
        assertEquals(1, attempts.stream().map(StubApi.Seen::idempotencyKey).distinct().count());
    }

    @Test
    void reserveWithOutcomeTellsAReplayFromAFirstAnswer() throws Exception {
        api.on("POST /inventory/reservations", Answer.json(201, RESERVATION), new Answer(201, RESERVATION,
                Map.of("Content-Type", "application/json", "Idempotent-Replayed", "true")));
        ReservationRequest request = new ReservationRequest().orderId(UUID.randomUUID())
                .addLinesItem(new ReservationLine().productId(id(1)).quantity(1));
        CallOptions sameKey = CallOptions.none().idempotencyKey("order-42");

        ReservationOutcome first = anonymous().reserveWithOutcome(request, sameKey);
        ReservationOutcome again = anonymous().reserveWithOutcome(request, sameKey);

        assertFalse(first.replayed());
        assertTrue(again.replayed());
        assertEquals(first.reservation().getId(), again.reservation().getId());
    }

    @Test
    void retriesStopAfterTheLastAttempt() {
        api.on("GET /products/" + id(1), Answer.problem(429, "TOO_MANY_REQUESTS", Map.of("Retry-After", "0")));

        QeetMartApiException e = assertThrows(QeetMartApiException.class, () -> anonymous().products().getProduct(id(1), null));

        assertEquals(429, e.status());
        assertEquals(Duration.ZERO, e.retryAfter().orElseThrow());
        assertEquals(3, api.seen("GET", "/products/" + id(1)).size());
    }

    @Test
    void pagesStreamEveryItemFetchingPagesAsNeeded() {
        api.on("GET /products", page(List.of(1, 2), true), page(List.of(3, 4), true), page(List.of(5), false));
        QeetMart sdk = anonymous();

        List<String> names = Pages.stream(number -> sdk.products().searchProducts(APISearchProductsRequest.newBuilder()
                .page(number).size(2).build()), ProductPage::getItems, page -> page.getPage().getHasNext()).map(Product::getName).toList();

        assertEquals(List.of("Shoe 1", "Shoe 2", "Shoe 3", "Shoe 4", "Shoe 5"), names);
        assertEquals(List.of("page=0&size=2", "page=1&size=2", "page=2&size=2"),
                api.seen("GET", "/products").stream().map(StubApi.Seen::query).toList());
    }

    @Test
    void searchTakesOneRequestObjectAndSendsOnlyWhatItNames() {
        api.on("GET /products", page(List.of(1), false));

        anonymous().products().searchProducts(APISearchProductsRequest.newBuilder().q("trail").brand("Acme")
                .sort(ProductSort.PRICE_ASC).size(5).build());

        assertEquals("q=trail&brand=Acme&sort=price-asc&size=5", api.seen("GET", "/products").get(0).query());
    }

    @Test
    void anEtagIsTheVersionAsTheApiQuotesIt() {
        assertEquals("\"7\"", ETags.of(7));
    }

    private QeetMart sdk() {
        return QeetMart.builder().baseUrl(api.baseUrl()).credentials("buyer@example.com", "a long password").clock(clock)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(2))).build();
    }

    private QeetMart anonymous() {
        return QeetMart.builder().baseUrl(api.baseUrl())
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(2))).build();
    }

    private static Answer tokens(String access, String refresh, int expiresIn) {
        return Answer.json(200, "{\"accessToken\":\"" + access + "\",\"refreshToken\":\"" + refresh
                + "\",\"tokenType\":\"Bearer\",\"expiresIn\":" + expiresIn + "}");
    }

    private static Answer page(List<Integer> ids, boolean hasNext) {
        String items = String.join(",", ids.stream().map(QeetMartTest::product).toList());
        return Answer.json(200, "{\"items\":[" + items + "],\"page\":{\"number\":0,\"size\":2,\"totalElements\":5,"
                + "\"totalElementsExact\":true,\"totalPages\":3,\"hasNext\":" + hasNext + "}}");
    }

    private static String product(int n) {
        return PRODUCT.formatted(id(n), n);
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }
}
