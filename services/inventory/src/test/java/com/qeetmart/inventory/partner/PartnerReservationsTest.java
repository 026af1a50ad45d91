package com.qeetmart.inventory.partner;

import com.qeetmart.common.api.model.Problem;
import com.qeetmart.inventory.api.model.Reservation;
import com.qeetmart.inventory.api.model.ReservationRequest;
import com.qeetmart.inventory.support.InventoryTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A partner application reserves and commits for its own buyers, without their passwords: named
 * by its buyer reference, under its own quotas (units of a product per buyer, live reservations
 * for all its buyers together), and no other application can reach what it reserved.
 */
@MicronautTest(transactional = false)
class PartnerReservationsTest extends InventoryTest {

    private final UUID storefront = UUID.randomUUID();
    UUID boots;

    @BeforeEach
    void stock() {
        boots = productWithStock(100);
    }

    private String application(Map<String, Integer> quotas) {
        return ISSUER.applicationTokenWith(storefront, quotas, "reservations:write");
    }

    private static ReservationRequest forBuyer(String buyer, UUID product, int quantity) {
        return order(product, quantity).buyerReference(buyer);
    }

    @Test
    void anApplicationReservesAndCommitsForItsBuyer() {
        caller.use(application(Map.of()));
        Reservation made = reservationsApi.createReservation(UUID.randomUUID().toString(), forBuyer("customer-8812", boots, 2)).body();
        assertEquals("customer-8812", made.getBuyerReference());
        assertEquals("customer-8812", reservationsApi.getReservation(made.getId()).body().getBuyerReference());
        Reservation committed = reservationsApi.commitReservation(made.getId()).body();
        assertEquals("COMMITTED", committed.getStatus().getValue());
        assertEquals("customer-8812", committed.getBuyerReference(), "the commitment's answer names the buyer too");
        assertEquals("customer-8812", DB.text("SELECT buyer_reference FROM reservation WHERE id = '" + made.getId() + "'"));
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void unitsCountPerBuyerAndLiveReservationsForAllTheApplicationsBuyers() {
        caller.use(application(Map.of("live_reservations", 3, "units_per_product", 4)));
        reservationsApi.createReservation(UUID.randomUUID().toString(), forBuyer("a", boots, 4));
        Problem units = problemOf(409, () -> reservationsApi.createReservation(UUID.randomUUID().toString(), forBuyer("a", boots, 1)));
        assertEquals("PRODUCT_HOLD_LIMIT", units.getCode());
        assertEquals("lines[0].quantity", units.getErrors().get(0).getField());
        reservationsApi.createReservation(UUID.randomUUID().toString(), forBuyer("b", boots, 4));
        reservationsApi.createReservation(UUID.randomUUID().toString(), forBuyer("c", boots, 1));
        assertEquals("LIVE_RESERVATION_LIMIT", problemOf(409, () -> reservationsApi.createReservation(UUID.randomUUID().toString(), forBuyer("d", boots, 1))).getCode());
        asAdmin();
        assertEquals(91, stockApi.getStockLevel(boots).body().getAvailableQuantity(), "nothing reserved by a refusal");
    }

    @Test
    void withoutAQuotaOfItsOwnAnApplicationHoldsMoreThanOnePersonMay() {
        caller.use(application(Map.of()));
        for (int buyer = 0; buyer < 6; buyer++) { // a person may hold 5
            assertEquals(201, reservationsApi.createReservation(UUID.randomUUID().toString(), forBuyer("customer-" + buyer, boots, 1)).code());
        }
    }

    @Test
    void anotherApplicationCannotReachItsReservations() {
        caller.use(application(Map.of()));
        Reservation made = reservationsApi.createReservation(UUID.randomUUID().toString(), forBuyer("customer-1", boots, 1)).body();

        caller.use(ISSUER.applicationToken(UUID.randomUUID(), "reservations:write"));
        assertEquals("NOT_FOUND", problemOf(404, () -> reservationsApi.getReservation(made.getId())).getCode());
        assertEquals("NOT_FOUND", problemOf(404, () -> reservationsApi.commitReservation(made.getId())).getCode());
        asUser();
        assertEquals("NOT_FOUND", problemOf(404, () -> reservationsApi.releaseReservation(made.getId())).getCode());
    }

    @Test
    void anApplicationWithoutTheScopeReservesNothing() {
        caller.use(ISSUER.applicationToken(storefront, "catalog:write", "inventory:write"));
        Problem problem = problemOf(403, () -> reservationsApi.createReservation(UUID.randomUUID().toString(), forBuyer("customer-1", boots, 1)));
        assertEquals("INSUFFICIENT_SCOPE", problem.getCode());
        assertEquals(0, DB.count("SELECT count(*) FROM reservation"));
    }
}
