package com.qeetmart.inventory.reservation;

import com.qeetmart.common.api.model.Problem;
import com.qeetmart.inventory.api.model.Reservation;
import com.qeetmart.inventory.api.model.ReservationExtension;
import com.qeetmart.inventory.api.model.ReservationLine;
import com.qeetmart.inventory.api.model.ReservationRequest;
import com.qeetmart.inventory.support.InventoryTest;
import com.qeetmart.platform.testing.Race;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nobody can keep stock from everyone else (API6): with the default limits a caller holds at most
 * 5 live reservations and 10 units of a product across them, each for at most 30 minutes at a
 * time and 60 minutes in all. Each refusal has its own code and reserves nothing.
 */
@MicronautTest(transactional = false)
class HoldLimitsTest extends InventoryTest {

    UUID boots;

    @BeforeEach
    void stock() {
        boots = productWithStock(100);
        asUser();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private int available() {
        return stockApi.getStockLevel(boots).body().getAvailableQuantity();
    }

    @Test
    void aTimeToLiveOverThirtyMinutesIs422AndReservesNothing() {
        ReservationRequest request = order(boots, 1).ttlSeconds(3600);
        Problem problem = problemOf(422, () -> reservationsApi.createReservation(key(), request));
        assertEquals("TTL_TOO_LONG", problem.getCode());
        assertEquals("ttlSeconds", problem.getErrors().get(0).getField());
        assertEquals(100, available());

        Reservation r = reservationsApi.createReservation(key(), order(boots, 1).ttlSeconds(1800)).body();
        assertEquals("TTL_TOO_LONG", problemOf(422,
                () -> reservationsApi.extendReservation(r.getId(), new ReservationExtension(1801))).getCode());
    }

    @Test
    void extensionsStopAnHourAfterTheReservationWasMade() {
        Reservation r = reservationsApi.createReservation(key(), order(boots, 1)).body();
        assertEquals(200, reservationsApi.extendReservation(r.getId(), new ReservationExtension(1800)).code());
        DB.execute("UPDATE reservation SET created_at = now() - interval '50 minutes' WHERE id = '" + r.getId() + "'");

        Problem problem = problemOf(409, () -> reservationsApi.extendReservation(r.getId(), new ReservationExtension(1800)));
        assertEquals("HOLD_LIMIT_REACHED", problem.getCode());
        assertEquals(200, reservationsApi.extendReservation(r.getId(), new ReservationExtension(300)).code());
    }

    @Test
    void aSixthLiveReservationIsRefusedUntilOneEnds() {
        Reservation first = null;
        String fifthKey = key();
        ReservationRequest fifth = order(boots, 1);
        for (int i = 0; i < 4; i++) {
            Reservation made = reservationsApi.createReservation(key(), order(boots, 1)).body();
            first = first == null ? made : first;
        }
        Reservation made = reservationsApi.createReservation(fifthKey, fifth).body();

        assertEquals("LIVE_RESERVATION_LIMIT",
                problemOf(409, () -> reservationsApi.createReservation(key(), order(boots, 1))).getCode());
        assertEquals(95, available(), "the refusal took nothing");
        assertEquals(made.getId(), reservationsApi.createReservation(fifthKey, fifth).body().getId(),
                "a replay is not a new reservation");

        reservationsApi.commitReservation(first.getId());
        assertEquals(201, reservationsApi.createReservation(key(), order(boots, 1)).code());
        caller.use(ISSUER.userToken());
        assertEquals(201, reservationsApi.createReservation(key(), order(boots, 1)).code(), "another buyer is not limited");
    }

    @Test
    void moreThanTenUnitsOfAProductAcrossLiveReservationsIsRefusedNamingTheLine() {
        UUID laces = productWithStock(100);
        reservationsApi.createReservation(key(), order(boots, 6));

        Problem problem = problemOf(409, () -> reservationsApi.createReservation(key(), new ReservationRequest(
                UUID.randomUUID(), List.of(new ReservationLine(laces, 2), new ReservationLine(boots, 5)))));
        assertEquals("PRODUCT_HOLD_LIMIT", problem.getCode());
        assertEquals(1, problem.getErrors().size());
        assertEquals("lines[1].quantity", problem.getErrors().get(0).getField());
        assertTrue(problem.getErrors().get(0).getMessage().contains("holding 6"), problem.getErrors().get(0).getMessage());
        assertEquals(94, available());

        assertEquals(201, reservationsApi.createReservation(key(), order(boots, 4)).code());
    }

    @Test
    void racingRequestsOfOneCallerCannotSlipPastTheLimit() throws Exception {
        List<Integer> codes = Race.of(30, () -> {
            try {
                return reservationsApi.createReservation(key(), order(boots, 1)).code();
            } catch (HttpClientResponseException e) {
                return e.code();
            }
        });
        assertEquals(5, codes.stream().filter(c -> c == 201).count(), codes.toString());
        assertEquals(25, codes.stream().filter(c -> c == 409).count(), codes.toString());
        assertEquals(95, available());
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void aBusyOrderNamesItsReservationToItsMakerOnly() {
        ReservationRequest mine = order(boots, 1);
        Reservation made = reservationsApi.createReservation(key(), mine).body();
        ReservationRequest sameOrder = new ReservationRequest(mine.getOrderId(), List.of(new ReservationLine(boots, 2)));

        assertTrue(problemOf(409, () -> reservationsApi.createReservation(key(), sameOrder)).getDetail()
                .contains(made.getId().toString()));
        caller.use(ISSUER.userToken());
        Problem toOther = problemOf(409, () -> reservationsApi.createReservation(key(), sameOrder));
        assertEquals("RESERVATION_EXISTS", toOther.getCode());
        assertFalse(toOther.getDetail().contains(made.getId().toString()), toOther.getDetail());
    }
}
