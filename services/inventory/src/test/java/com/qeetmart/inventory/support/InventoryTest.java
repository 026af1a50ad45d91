package com.qeetmart.inventory.support;

import com.qeetmart.inventory.api.model.ReservationLine;
import com.qeetmart.inventory.api.model.ReservationRequest;
import com.qeetmart.inventory.api.model.StockCount;
import com.qeetmart.inventory.client.ReservationsApi;
import com.qeetmart.inventory.client.StockApi;
import com.qeetmart.platform.testing.ServiceApiTest;
import com.qeetmart.platform.testing.TestDatabase;
import com.qeetmart.platform.testing.TestIssuer;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Base of inventory's API tests: the real service on a real port, its own PostgreSQL database
 * (emptied before each test), real Redis, a catalog that serves the products a test adds, and
 * tokens from a test issuer. The background sweeper is slowed down so tests decide when it runs.
 */
public abstract class InventoryTest extends ServiceApiTest {

    protected static final TestIssuer ISSUER = new TestIssuer();
    protected static final TestDatabase DB = TestDatabase.forService("inventory", "inventory_test");

    @Inject
    protected FakeCatalog catalog;
    @Inject
    protected StockApi stockApi;
    @Inject
    protected ReservationsApi reservationsApi;

    protected final String userToken = ISSUER.userToken();

    protected InventoryTest() {
        super("inventory", DB, "idempotency_key, stock_ledger, reservation_line, reservation, hold_units, hold_live, stock, webhook_delivery,"
                + " webhook_secret, webhook_endpoint, event_outbox");
    }

    @Override
    protected Map<String, String> serviceProperties() {
        Map<String, String> properties = new HashMap<>(trusting(ISSUER));
        // The catalog it checks products against is FakeCatalog, served by the service itself.
        properties.put("micronaut.http.services.products.url", "http://127.0.0.1:" + port);
        properties.put("inventory.sweeper.interval", "1h");
        // Webhook receivers in tests listen on the loopback address, over plain HTTP.
        properties.put("qeetmart.events.webhooks.allowed-networks", "127.0.0.0/8");
        properties.put("qeetmart.events.webhooks.require-https", "false");
        properties.put("qeetmart.events.relay-interval", "20ms");
        return properties;
    }

    protected void asAdmin() {
        caller.use(ISSUER.adminToken());
    }

    protected void asUser() {
        caller.use(userToken);
    }

    /** A catalog product with this many units on hand. */
    protected UUID productWithStock(int onHand) {
        UUID product = catalog.add();
        String previous = caller.current();
        asAdmin();
        stockApi.setStockOnHand(product, new StockCount(onHand).reason("test stock"), null);
        caller.use(previous);
        return product;
    }

    protected static ReservationRequest order(UUID product, int quantity) {
        return new ReservationRequest(UUID.randomUUID(), List.of(new ReservationLine(product, quantity)));
    }

    /** Asserts the ledger explains every stock row: on_hand and reserved are the sums of its deltas. */
    protected void assertLedgerMatchesStock() {
        org.junit.jupiter.api.Assertions.assertEquals(0, DB.count("""
                SELECT count(*) FROM stock s LEFT JOIN (
                  SELECT product_id, sum(on_hand_delta) AS on_hand, sum(reserved_delta) AS reserved
                    FROM stock_ledger GROUP BY product_id) l USING (product_id)
                 WHERE s.on_hand <> coalesce(l.on_hand, 0) OR s.reserved <> coalesce(l.reserved, 0)"""));
    }

    /**
     * Asserts the kept hold counts (V6) are what the live reservations add up to: per caller, its
     * ACTIVE reservations; per caller, buyer and product, their units. Rows at 0 may stay for
     * callers (hold_live), never for units.
     */
    protected void assertHoldCountsMatchReservations() {
        org.junit.jupiter.api.Assertions.assertEquals(0, DB.count("""
                SELECT count(*) FROM hold_live h FULL JOIN (
                  SELECT created_by AS caller, count(*) AS n FROM reservation WHERE status = 'ACTIVE' GROUP BY 1) r
                  USING (caller)
                 WHERE coalesce(h.reservations, 0) <> coalesce(r.n, 0)"""), "live reservations per caller");
        org.junit.jupiter.api.Assertions.assertEquals(0, DB.count("""
                SELECT count(*) FROM hold_units h FULL JOIN (
                  SELECT r.created_by AS caller, coalesce(r.buyer_reference, '') AS buyer, l.product_id, sum(l.quantity) AS units
                    FROM reservation r JOIN reservation_line l ON l.reservation_id = r.id
                   WHERE r.status = 'ACTIVE' GROUP BY 1, 2, 3) r USING (caller, buyer, product_id)
                 WHERE h.units IS DISTINCT FROM r.units"""), "units per caller, buyer and product");
    }
}
