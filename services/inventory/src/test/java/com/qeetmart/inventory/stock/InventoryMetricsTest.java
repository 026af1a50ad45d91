package com.qeetmart.inventory.stock;

import com.qeetmart.inventory.api.model.Reservation;
import com.qeetmart.inventory.support.InventoryTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reservation events and the oversell alarm, as operations see them in /prometheus. */
@MicronautTest(transactional = false)
class InventoryMetricsTest extends InventoryTest {

    @Inject
    MeterRegistry registry;
    @Inject
    OversellCheck oversellCheck;

    @Test
    void reservationsAreCountedByWhatHappensToThem() {
        UUID shoes = productWithStock(5);
        asUser();
        double created = events("created");
        double committed = events("committed");
        double released = events("released");
        double expired = events("expired");

        Reservation kept = reservationsApi.createReservation(UUID.randomUUID().toString(), order(shoes, 1)).body();
        reservationsApi.commitReservation(kept.getId());
        Reservation dropped = reservationsApi.createReservation(UUID.randomUUID().toString(), order(shoes, 1)).body();
        reservationsApi.releaseReservation(dropped.getId());
        Reservation late = reservationsApi.createReservation(UUID.randomUUID().toString(), order(shoes, 1)).body();
        DB.execute("UPDATE reservation SET expires_at = now() - interval '1 second' WHERE id = '" + late.getId() + "'");
        // Committing it finds it expired: refused, and released as expired, once.
        assertEquals("RESERVATION_EXPIRED", problemOf(409, () -> reservationsApi.commitReservation(late.getId())).getCode());

        assertEquals(created + 3, events("created"));
        assertEquals(committed + 1, events("committed"));
        assertEquals(released + 1, events("released"));
        assertEquals(expired + 1, events("expired"));
    }

    @Test
    void theOversellAlarmCountsEveryProductThatBreaksTheInvariant() {
        productWithStock(3);
        UUID broken = productWithStock(2);
        oversellCheck.check();
        assertEquals(0.0, registry.get("inventory.stock.oversold.products").gauge().value());

        // The schema forbids the state the alarm exists for, so the test lifts that for a moment.
        DB.execute("ALTER TABLE stock DROP CONSTRAINT stock_check");
        try {
            DB.execute("UPDATE stock SET reserved = 5 WHERE product_id = '" + broken + "'");
            oversellCheck.check();
            assertEquals(1.0, registry.get("inventory.stock.oversold.products").gauge().value(), "one product oversold");
        } finally {
            DB.execute("UPDATE stock SET reserved = 0 WHERE product_id = '" + broken + "'");
            DB.execute("ALTER TABLE stock ADD CONSTRAINT stock_check CHECK (reserved <= on_hand)");
        }
        oversellCheck.check();
        assertEquals(0.0, registry.get("inventory.stock.oversold.products").gauge().value(), "and the alarm clears");
    }

    private double events(String event) {
        return registry.get("inventory.reservations").tag("event", event).counter().count();
    }
}
