package com.qeetmart.products.events;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.platform.testing.Eventually;
import com.qeetmart.products.api.model.CatalogEventPage;
import com.qeetmart.products.api.model.CategoryInput;
import com.qeetmart.products.api.model.Product;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.api.model.ProductStatus;
import com.qeetmart.products.client.CategoriesApi;
import com.qeetmart.products.client.EventsApi;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog's events in its change feed: every acknowledged change has its event, with the
 * resource as its GET shows it and its version as the sequence; a refused or rolled-back write has
 * none; the cursor is honoured, and one the feed never gave, or one older than it keeps, is refused.
 */
@MicronautTest(transactional = false)
class CatalogEventsTest extends CatalogTest {

    private static final Duration RELAYED = Duration.ofSeconds(10);

    @Inject
    EventsApi events;
    @Inject
    ProductsApi products;
    @Inject
    CategoriesApi categories;

    @Test
    void everyAcknowledgedChangeHasItsEventWithTheResourceAsItsGetShowsIt() throws IOException {
        asAdmin();
        categories.createCategory(new CategoryInput("Shoes", "shoes"), null);
        Product created = products.createProduct(new ProductInput("Trail runner", new Money("99.00", "EUR")), null).body();
        Product published = products.updateProduct(created.getId(), new ProductInput("Trail runner", new Money("89.00", "EUR"))
                .status(ProductStatus.ACTIVE), "\"1\"").body();
        products.deleteProduct(created.getId(), "\"2\"");

        List<JsonNode> feed = feedOf(4);
        assertEquals(List.of("category.created", "product.created", "product.updated", "product.deleted"),
                feed.stream().map(e -> e.get("type").getStringValue()).toList());
        JsonNode updated = feed.get(2);
        assertEquals(2, updated.get("sequence").getLongValue());
        assertEquals(json.readValue(json.writeValueAsBytes(published), JsonNode.class), updated.get("data"),
                "the event's data is the product as its GET showed it after the change");
        assertEquals(3, feed.get(3).get("sequence").getLongValue(), "a deletion raises the version");
        assertEquals(4, feed.stream().map(e -> e.get("id").getStringValue()).distinct().count());
    }

    @Test
    void aRefusedWriteHasNoEvent() {
        asAdmin();
        Product created = products.createProduct(new ProductInput("Boot", new Money("120.00", "EUR")), null).body();
        problemOf(412, () -> products.updateProduct(created.getId(), new ProductInput("Boot II", new Money("1.00", "EUR")), "\"7\""));
        categories.createCategory(new CategoryInput("Boots", "boots"), null);
        problemOf(409, () -> categories.createCategory(new CategoryInput("Other boots", "boots"), null));

        feedOf(2);
        assertEquals(2, count("SELECT count(*) FROM event_outbox"), "neither the stale update nor the taken slug wrote an event");
    }

    @Test
    void theCursorIsHonouredAndFiltersApply() {
        asAdmin();
        categories.createCategory(new CategoryInput("Hats", "hats"), null);
        feedOf(1);
        CatalogEventPage first = events.listCatalogEvents(null, 100, null).body();
        products.createProduct(new ProductInput("Cap", new Money("15.00", "EUR")), null);
        feedOf(2);

        CatalogEventPage next = events.listCatalogEvents(first.getNextCursor(), 100, null).body();
        assertEquals(1, next.getItems().size(), "only what came after the cursor");
        assertFalse(next.getHasMore());
        CatalogEventPage categoriesOnly = events.listCatalogEvents(null, 100,
                java.util.Set.of(com.qeetmart.products.api.model.CatalogEventType.CATEGORY_CREATED)).body();
        assertEquals(1, categoriesOnly.getItems().size());
        CatalogEventPage limited = events.listCatalogEvents(null, 1, null).body();
        assertTrue(limited.getHasMore(), "a full page says more is there");
    }

    @Test
    void aCursorTheFeedNeverGaveOrNoLongerKeepsIsRefused() {
        asAdmin();
        assertEquals("VALIDATION_FAILED", problemOf(400, () -> events.listCatalogEvents("x12", 10, null)).getCode());
        assertEquals("VALIDATION_FAILED", problemOf(400, () -> events.listCatalogEvents("e999999999", 10, null)).getCode(),
                "a cursor beyond the feed's head");
        DB.execute("UPDATE event_feed_horizon SET last_removed = greatest(last_removed, 5)");
        try {
            var problem = problemOf(410, () -> events.listCatalogEvents("e1", 10, null));
            assertEquals("/problems/cursor-expired", problem.getType());
        } finally {
            DB.execute("UPDATE event_feed_horizon SET last_removed = 0");
        }
    }

    @Test
    void theFeedIsForWhoMayWriteTheCatalog() {
        asUser();
        assertEquals("FORBIDDEN", problemOf(403, () -> events.listCatalogEvents(null, 10, null)).getCode());
        anonymous();
        problemOf(401, () -> events.listCatalogEvents(null, 10, null));
    }

    /** The feed once it holds {@code n} events (the relay stamps what committed within moments). */
    private List<JsonNode> feedOf(int n) {
        return Eventually.await("the feed holds " + n + " events", RELAYED, this::allEvents, list -> list.size() >= n);
    }

    private List<JsonNode> allEvents() {
        List<JsonNode> all = new ArrayList<>();
        for (Object item : events.listCatalogEvents(null, 500, null).body().getItems()) {
            try {
                all.add(json.readValue(json.writeValueAsBytes(item), JsonNode.class));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }
}
