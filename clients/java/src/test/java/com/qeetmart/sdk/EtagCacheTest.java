package com.qeetmart.sdk;

import com.qeetmart.sdk.StubApi.Answer;
import com.qeetmart.sdk.products.model.Category;
import com.qeetmart.sdk.products.model.Product;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Catalog reads by id are revalidated with If-None-Match, and a 304 is answered from the copy. */
class EtagCacheTest {

    private static final String PRODUCT = "{\"id\":\"%s\",\"name\":\"%s\",\"status\":\"ACTIVE\",\"price\":{\"amount\":\"1.00\","
            + "\"currency\":\"EUR\"},\"attributes\":{},\"version\":%d,\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"updatedAt\":\"2026-01-01T00:00:00Z\"}";
    private static final UUID SHOE = new UUID(0, 1);
    private static final UUID SOCK = new UUID(0, 2);

    private final StubApi api = new StubApi();

    @AfterEach
    void stop() {
        api.close();
    }

    /** Two reads of the shoe are both sent without a condition: nothing was kept to revalidate. */
    private void assertNothingKept(QeetMart sdk) throws Exception {
        sdk.products().getProduct(SHOE, null);
        sdk.products().getProduct(SHOE, null);
        assertEquals(Arrays.asList(null, null), conditionsSent("/products/" + SHOE));
    }

    @Test
    void aRepeatedReadSendsIfNoneMatchAndA304IsAnsweredFromTheCopy() throws Exception {
        api.on("GET /products/" + SHOE, product(SHOE, "Trail shoe", 1), notModified(1));
        QeetMart sdk = sdk(256);

        Product first = sdk.products().getProduct(SHOE, null);
        Product second = sdk.products().getProduct(SHOE, null);

        assertEquals("Trail shoe", first.getName());
        assertEquals(first, second);
        assertEquals(Arrays.asList(null, "\"1\""), conditionsSent("/products/" + SHOE));
    }

    @Test
    void aChangedResourceReplacesTheCopy() throws Exception {
        api.on("GET /products/" + SHOE, product(SHOE, "Trail shoe", 1), product(SHOE, "Trail shoe 2", 2), notModified(2));
        QeetMart sdk = sdk(256);

        sdk.products().getProduct(SHOE, null);
        assertEquals("Trail shoe 2", sdk.products().getProduct(SHOE, null).getName());
        assertEquals("Trail shoe 2", sdk.products().getProduct(SHOE, null).getName());

        assertEquals(Arrays.asList(null, "\"1\"", "\"2\""), conditionsSent("/products/" + SHOE));
    }

    @Test
    void categoriesAreRevalidatedToo() throws Exception {
        UUID shoes = new UUID(0, 9);
        String category = "{\"id\":\"" + shoes + "\",\"name\":\"Shoes\",\"slug\":\"shoes\",\"version\":3,"
                + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\"}";
        api.on("GET /categories/" + shoes, new Answer(200, category, Map.of("Content-Type", "application/json",
                "ETag", "\"3\"")), notModified(3));
        QeetMart sdk = sdk(256);

        sdk.categories().getCategory(shoes, null);
        Category again = sdk.categories().getCategory(shoes, null);

        assertEquals("Shoes", again.getName());
        assertEquals(Arrays.asList(null, "\"3\""), conditionsSent("/categories/" + shoes));
    }

    @Test
    void theCacheKeepsOnlyTheMostRecentlyUsedReads() throws Exception {
        api.on("GET /products/" + SHOE, product(SHOE, "Trail shoe", 1))
                .on("GET /products/" + SOCK, product(SOCK, "Sock", 1));
        QeetMart sdk = sdk(1);

        sdk.products().getProduct(SHOE, null);
        sdk.products().getProduct(SOCK, null);
        sdk.products().getProduct(SHOE, null);

        assertEquals(Arrays.asList(null, null), conditionsSent("/products/" + SHOE));
    }

    @Test
    void turnedOffEveryReadFetchesTheWholeResource() throws Exception {
        api.on("GET /products/" + SHOE, product(SHOE, "Trail shoe", 1));
        QeetMart sdk = sdk(0);

        assertNothingKept(sdk);
    }

    @Test
    void noStoreAnswersAreNeverKept() throws Exception {
        api.on("GET /products/" + SHOE, new Answer(200, PRODUCT.formatted(SHOE, "Trail shoe", 1),
                Map.of("Content-Type", "application/json", "ETag", "\"1\"", "Cache-Control", "no-store")));
        QeetMart sdk = sdk(256);

        assertNothingKept(sdk);
    }

    @Test
    void aDeletedResourceIsForgottenAndReportedAsAProblem() throws Exception {
        api.on("GET /products/" + SHOE, product(SHOE, "Trail shoe", 1), Answer.problem(404, "NOT_FOUND", Map.of()),
                product(SHOE, "Trail shoe", 1));
        QeetMart sdk = sdk(256);

        sdk.products().getProduct(SHOE, null);
        QeetMartApiException gone = assertThrows(QeetMartApiException.class, () -> sdk.products().getProduct(SHOE, null));
        sdk.products().getProduct(SHOE, null);

        assertEquals(404, gone.status());
        assertEquals(Arrays.asList(null, "\"1\"", null), conditionsSent("/products/" + SHOE));
    }

    @Test
    void aCallersOwnIfNoneMatchIsSentAsIs() throws Exception {
        api.on("GET /products/" + SHOE, product(SHOE, "Trail shoe", 1));
        QeetMart sdk = sdk(256);

        sdk.products().getProduct(SHOE, null);
        sdk.products().getProduct(SHOE, "\"7\"");

        assertEquals(Arrays.asList(null, "\"7\""), conditionsSent("/products/" + SHOE));
    }

    private QeetMart sdk(int entries) {
        return QeetMart.builder().baseUrl(api.baseUrl()).etagCache(entries)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(2))).build();
    }

    private List<String> conditionsSent(String path) {
        return api.seen("GET", path).stream().map(StubApi.Seen::ifNoneMatch).toList();
    }

    private static Answer product(UUID id, String name, int version) {
        return new Answer(200, PRODUCT.formatted(id, name, version),
                Map.of("Content-Type", "application/json", "ETag", "\"" + version + "\"",
                        "Cache-Control", "public, max-age=5, stale-while-revalidate=15"));
    }

    private static Answer notModified(int version) {
        return new Answer(304, "", Map.of("ETag", "\"" + version + "\"",
                "Cache-Control", "public, max-age=5, stale-while-revalidate=15"));
    }
}
