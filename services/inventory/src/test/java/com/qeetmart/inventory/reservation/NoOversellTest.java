package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.support.InventoryTest;
import com.qeetmart.platform.testing.Race;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class NoOversellTest extends InventoryTest {

    // One caller races itself here, as many buyers would: the per-caller hold limits (HoldLimitsTest) are off.
    @Override
    protected java.util.Map<String, String> extraProperties() {
        return java.util.Map.of("inventory.limits.live-reservations-per-caller", "0",
                "inventory.limits.units-per-product-per-caller", "0");
    }

    @Test
    void ofManyMoreRacingSingleUnitReservationsThanUnitsExactlyNSucceed() throws Exception {
        int units = 25;
        UUID product = productWithStock(units);
        asUser();

        List<Integer> codes = Race.of(120, () -> {
            try {
                return reservationsApi.createReservation(UUID.randomUUID().toString(), order(product, 1)).code();
            } catch (HttpClientResponseException e) {
                return e.code();
            }
        });

        assertEquals(units, codes.stream().filter(c -> c == 201).count(), codes.toString());
        assertEquals(120 - units, codes.stream().filter(c -> c == 409).count(), codes.toString());
        assertEquals(0, stockApi.getStockLevel(product).body().getAvailableQuantity());
        assertEquals(units, DB.count("SELECT reserved FROM stock WHERE product_id = '" + product + "'"));
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void ledgerExplainsStockAfterAConcurrentMixOfReservingCommittingAndReleasing() throws Exception {
        UUID a = productWithStock(40);
        UUID b = productWithStock(40);
        asUser();
        Race.of(40, () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            try {
                var reservation = reservationsApi.createReservation(UUID.randomUUID().toString(),
                        new com.qeetmart.inventory.api.model.ReservationRequest(UUID.randomUUID(), List.of(
                                new com.qeetmart.inventory.api.model.ReservationLine(random.nextBoolean() ? a : b,
                                        1 + random.nextInt(3))))).body();
                if (random.nextBoolean()) {
                    reservationsApi.commitReservation(reservation.getId());
                } else {
                    reservationsApi.releaseReservation(reservation.getId());
                }
                return 0;
            } catch (HttpClientResponseException e) {
                return e.code();
            }
        });
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
        // What the CHECK constraints cannot see: every unit reserved is held by a live reservation,
        // and every unit gone from on hand was committed by one.
        assertEquals(0, DB.count("""
                SELECT count(*) FROM stock s
                  LEFT JOIN (SELECT l.product_id,
                                    sum(l.quantity) FILTER (WHERE r.status = 'ACTIVE') AS live,
                                    sum(l.quantity) FILTER (WHERE r.status = 'COMMITTED') AS committed
                               FROM reservation r JOIN reservation_line l ON l.reservation_id = r.id
                              GROUP BY l.product_id) h USING (product_id)
                 WHERE s.reserved <> coalesce(h.live, 0) OR s.on_hand <> 40 - coalesce(h.committed, 0)"""));
    }
}
