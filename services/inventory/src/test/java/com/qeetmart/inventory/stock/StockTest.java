package com.qeetmart.inventory.stock;

import com.qeetmart.inventory.api.model.StockAdjustment;
import com.qeetmart.inventory.api.model.StockCount;
import com.qeetmart.inventory.api.model.StockLevel;
import com.qeetmart.inventory.support.InventoryTest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class StockTest extends InventoryTest {

    @Test
    void settingOnHandCreatesStockForACatalogProductAndWritesTheLedger() {
        UUID product = catalog.add();
        asAdmin();
        HttpResponse<StockLevel> set = stockApi.setStockOnHand(product, new StockCount(12).reason("count"), null);

        assertEquals(12, set.body().getOnHand());
        assertEquals(12, set.body().getAvailableQuantity());
        assertEquals(0, set.body().getReservedQuantity());
        assertEquals(1, DB.count("SELECT count(*) FROM stock_ledger WHERE product_id = '" + product
                + "' AND on_hand_delta = 12 AND reason = 'count'"));
        assertLedgerMatchesStock();
    }

    @Test
    void aNulInAReasonIs400NamingItAndWritesNothing() {
        UUID product = catalog.add();
        asAdmin();

        var problem = problemOf(400, () -> stockApi.setStockOnHand(product, new StockCount(12).reason("cou\u0000nt"), null));

        assertEquals("VALIDATION_FAILED", problem.getCode());
        assertEquals("reason", problem.getErrors().get(0).getField());
        assertEquals(0, DB.count("SELECT count(*) FROM stock") + DB.count("SELECT count(*) FROM stock_ledger"));
    }

    @Test
    void theStockOfAnUnpublishedProductIsShownToAdminsOnly() {
        UUID draft = catalog.addDraft();
        UUID published = productWithStock(4);
        asAdmin();
        stockApi.setStockOnHand(draft, new StockCount(7).reason("before launch"), null);
        assertEquals(7, stockApi.getStockLevel(draft).body().getOnHand());

        asUser();
        assertEquals("NOT_FOUND", problemOf(404, () -> stockApi.getStockLevel(draft)).getCode());
        List<StockLevel> seen = stockApi.getStockLevels(List.of(draft, published)).body().getItems();
        assertEquals(List.of(published), seen.stream().map(StockLevel::getProductId).toList());
    }

    @Test
    void stockForAProductNotInTheCatalogIs422() {
        asAdmin();
        var problem = problemOf(422, () -> stockApi.setStockOnHand(UUID.randomUUID(), new StockCount(5), null));
        assertEquals("PRODUCT_NOT_FOUND", problem.getCode());
        assertEquals(0, DB.count("SELECT count(*) FROM stock"));
    }

    @Test
    void adjustmentsAddSignedDeltasButNeverGoBelowReserved() {
        UUID product = productWithStock(10);
        asAdmin();
        assertEquals(15, stockApi.adjustStock(product, new StockAdjustment(5, "delivery"), null).body().getOnHand());
        asUser();
        reservationsApi.createReservation(UUID.randomUUID().toString(), order(product, 8));
        asAdmin();

        var problem = problemOf(409, () -> stockApi.adjustStock(product, new StockAdjustment(-10, "breakage"), null));
        assertEquals("ON_HAND_BELOW_RESERVED", problem.getCode());
        assertEquals("/problems/on-hand-below-reserved", problem.getType());
        assertEquals(8, stockApi.adjustStock(product, new StockAdjustment(-7, "breakage"), null).body().getOnHand());
        problemOf(422, () -> stockApi.adjustStock(product, new StockAdjustment(0, "nothing"), null));
        assertLedgerMatchesStock();
    }

    @Test
    void aDeliveryRecordedTwiceWithItsKeyIsCountedOnce() {
        UUID product = productWithStock(10);
        caller.use(ISSUER.adminToken());
        String delivery = UUID.randomUUID().toString();

        var first = stockApi.adjustStock(product, new StockAdjustment(5, "delivery"), delivery);
        var repeat = stockApi.adjustStock(product, new StockAdjustment(5, "delivery"), delivery);

        assertEquals(15, first.body().getOnHand());
        assertEquals(15, repeat.body().getOnHand());
        assertEquals("true", repeat.header("Idempotent-Replayed"));
        assertEquals(15, stockApi.getStockLevel(product).body().getOnHand());
        assertEquals("IDEMPOTENCY_KEY_REUSED", problemOf(422, () ->
                stockApi.adjustStock(product, new StockAdjustment(6, "delivery"), delivery)).getCode());
        assertLedgerMatchesStock();
    }

    @Test
    void staleIfMatchIs412() {
        UUID product = productWithStock(10);
        asAdmin();
        String etag = stockApi.getStockLevel(product).header("ETag");
        stockApi.adjustStock(product, new StockAdjustment(1, "delivery"), null);
        problemOf(412, () -> stockApi.setStockOnHand(product, new StockCount(3), etag));
        assertEquals(11, stockApi.getStockLevel(product).body().getOnHand());
    }

    @Test
    void writesNeedAdminAndReadsAnyToken() {
        UUID product = productWithStock(4);
        asUser();
        assertEquals(4, stockApi.getStockLevel(product).body().getAvailableQuantity());
        assertEquals("FORBIDDEN", problemOf(403, () -> stockApi.adjustStock(product, new StockAdjustment(1, "x"), null))
                .getCode());
        caller.clear();
        problemOf(401, () -> stockApi.getStockLevel(product));
    }

    @Test
    void batchReadLeavesOutProductsWithoutStockAndIgnoresExpiredReservations() {
        UUID a = productWithStock(1);
        UUID b = productWithStock(2);
        asUser();
        reservationsApi.createReservation(UUID.randomUUID().toString(), order(b, 2));
        assertEquals(0, stockApi.getStockLevels(List.of(b)).body().getItems().get(0).getAvailableQuantity());
        DB.execute("UPDATE reservation SET expires_at = now() - interval '1 second'");

        List<StockLevel> levels = stockApi.getStockLevels(List.of(a, b, UUID.randomUUID())).body().getItems();

        assertEquals(2, levels.size());
        assertEquals(2, levels.stream().filter(l -> l.getProductId().equals(b)).findFirst().orElseThrow()
                .getAvailableQuantity());
        problemOf(404, () -> stockApi.getStockLevel(UUID.randomUUID()));
    }
}
