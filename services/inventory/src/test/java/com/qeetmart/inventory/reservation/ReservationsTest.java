package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.api.model.Reservation;
import com.qeetmart.inventory.api.model.ReservationExtension;
import com.qeetmart.inventory.api.model.ReservationLine;
import com.qeetmart.inventory.api.model.ReservationRequest;
import com.qeetmart.inventory.api.model.ReservationStatus;
import com.qeetmart.inventory.support.InventoryTest;
import com.qeetmart.common.api.model.FieldError;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ReservationsTest extends InventoryTest {

    UUID shoes;
    UUID socks;

    @BeforeEach
    void stock() {
        shoes = productWithStock(5);
        socks = productWithStock(10);
        asUser();
    }

    private int available(UUID product) {
        return stockApi.getStockLevel(product).body().getAvailableQuantity();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void reservingHoldsUnitsAndCommittingTakesThemFromStock() {
        HttpResponse<Reservation> created = reservationsApi.createReservation(key(), order(shoes, 2));
        Reservation reservation = created.body();

        assertEquals(ReservationStatus.ACTIVE, reservation.getStatus());
        assertEquals("/inventory/reservations/" + reservation.getId(), created.header("Location"));
        assertEquals(3, available(shoes));

        Reservation committed = reservationsApi.commitReservation(reservation.getId()).body();
        assertEquals(ReservationStatus.COMMITTED, committed.getStatus());
        var level = stockApi.getStockLevel(shoes).body();
        assertEquals(3, level.getOnHand());
        assertEquals(0, level.getReservedQuantity());
        assertEquals(ReservationStatus.COMMITTED, reservationsApi.commitReservation(reservation.getId()).body().getStatus());
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void releasingGivesTheUnitsBackAndACommittedOneCannotBeReleased() {
        Reservation r = reservationsApi.createReservation(key(), order(shoes, 5)).body();
        assertEquals(ReservationStatus.RELEASED, reservationsApi.releaseReservation(r.getId()).body().getStatus());
        assertEquals(5, available(shoes));
        assertEquals(ReservationStatus.RELEASED, reservationsApi.releaseReservation(r.getId()).body().getStatus());
        problemOf(409, () -> reservationsApi.commitReservation(r.getId()));

        Reservation sold = reservationsApi.createReservation(key(), order(shoes, 1)).body();
        reservationsApi.commitReservation(sold.getId());
        assertEquals("RESERVATION_COMMITTED", problemOf(409, () -> reservationsApi.releaseReservation(sold.getId())).getCode());
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void aLineBreakingTheSchemaIsNamedTheWayAShortLineIs() throws Exception {
        String body = """
                {"orderId": "%s", "lines": [{"productId": "%s", "quantity": 1}, {"productId": "%s", "quantity": 0}]}"""
                .formatted(UUID.randomUUID(), socks, shoes);
        java.net.http.HttpResponse<String> refused = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/inventory/reservations"))
                        .header("Authorization", "Bearer " + userToken).header("Content-Type", "application/json")
                        .header("Idempotency-Key", key()).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertEquals(400, refused.statusCode(), refused.body());
        // The same path as the 409's (lines[1].quantity): a client maps both onto one form field.
        assertTrue(refused.body().contains("\"field\":\"lines[1].quantity\""), refused.body());
        assertEquals(0, DB.count("SELECT count(*) FROM reservation"));
    }

    @Test
    void allLinesOrNoneWithTheShortLinesNamed() {
        ReservationRequest request = new ReservationRequest(UUID.randomUUID(), List.of(
                new ReservationLine(socks, 3), new ReservationLine(shoes, 6)));

        var problem = problemOf(409, () -> reservationsApi.createReservation(key(), request));

        assertEquals("INSUFFICIENT_STOCK", problem.getCode());
        assertEquals("/problems/insufficient-stock", problem.getType());
        assertEquals("Not enough stock", problem.getTitle());
        assertEquals(List.of("lines[1].quantity"), problem.getErrors().stream().map(FieldError::getField).toList());
        assertTrue(problem.getErrors().get(0).getMessage().contains("5 available"), problem.getErrors().toString());
        assertEquals(10, available(socks));
        assertEquals(0, DB.count("SELECT count(*) FROM reservation"));
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void anOrderHasOneLiveReservation() {
        ReservationRequest first = order(shoes, 1);
        reservationsApi.createReservation(key(), first);
        int socksBefore = available(socks);
        var again = new ReservationRequest(first.getOrderId(), List.of(new ReservationLine(socks, 1)));
        assertEquals("RESERVATION_EXISTS", problemOf(409, () -> reservationsApi.createReservation(key(), again)).getCode());
        // The refused second reservation took nothing and wrote nothing.
        assertEquals(socksBefore, available(socks));
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void sameKeyAndBodyReplayTheReservationAndAnotherBodyIs422() {
        String key = key();
        ReservationRequest request = order(shoes, 2);
        HttpResponse<Reservation> first = reservationsApi.createReservation(key, request);
        HttpResponse<Reservation> replay = reservationsApi.createReservation(key, request);

        assertEquals(first.body().getId(), replay.body().getId());
        assertEquals(201, replay.code());
        assertEquals("true", replay.header("Idempotent-Replayed"), "a repeat says it is one");
        assertEquals(null, first.header("Idempotent-Replayed"), "a first answer does not");
        assertEquals(3, available(shoes));
        var problem = problemOf(422, () -> reservationsApi.createReservation(key, order(shoes, 1)));
        assertEquals("IDEMPOTENCY_KEY_REUSED", problem.getCode());
        assertEquals(1, DB.count("SELECT count(*) FROM reservation"));
    }

    @Test
    void aRetryOfTheReservationThatTookTheLastUnitsIsAReplayNotAShortage() {
        String key = key();
        ReservationRequest request = order(shoes, 5);
        Reservation first = reservationsApi.createReservation(key, request).body();
        assertEquals(0, available(shoes));

        Reservation replay = reservationsApi.createReservation(key, request).body();

        assertEquals(first.getId(), replay.getId());
        var problem = problemOf(422, () -> reservationsApi.createReservation(key, order(shoes, 1)));
        assertEquals("IDEMPOTENCY_KEY_REUSED", problem.getCode());
        assertEquals(1, DB.count("SELECT count(*) FROM reservation"));
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void concurrentRetriesWithOneKeyAllGetTheOneReservation() throws Exception {
        String key = key();
        ReservationRequest request = order(shoes, 1);
        List<UUID> ids = com.qeetmart.platform.testing.Race.of(8,
                () -> reservationsApi.createReservation(key, request).body().getId());
        assertEquals(1, ids.stream().distinct().count(), ids.toString());
        assertEquals(4, available(shoes));
        assertEquals(1, DB.count("SELECT count(*) FROM reservation"));
    }

    @Test
    void anExpiredReservationNeverCountsAndCannotBeCommitted() {
        Reservation r = reservationsApi.createReservation(key(), order(shoes, 5)).body();
        DB.execute("UPDATE reservation SET expires_at = now() - interval '1 second'");

        assertEquals(5, available(shoes), "expired units are available before any sweep");
        var problem = problemOf(409, () -> reservationsApi.commitReservation(r.getId()));
        assertEquals("RESERVATION_EXPIRED", problem.getCode());
        assertEquals(ReservationStatus.EXPIRED, reservationsApi.getReservation(r.getId()).body().getStatus());
        assertEquals(5, stockApi.getStockLevel(shoes).body().getOnHand());
        assertEquals(1, DB.count("SELECT count(*) FROM stock_ledger WHERE reason = 'reservation expired'"));
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void expiredReservationsHoldingTheUnitsAreReleasedToServeANewOne() {
        reservationsApi.createReservation(key(), order(shoes, 5));
        DB.execute("UPDATE reservation SET expires_at = now() - interval '1 second'");

        Reservation next = reservationsApi.createReservation(key(), order(shoes, 4)).body();

        assertEquals(ReservationStatus.ACTIVE, next.getStatus());
        assertEquals(1, available(shoes));
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void extendingMovesTheExpiryOfALiveReservationOnly() {
        Reservation r = reservationsApi.createReservation(key(), order(shoes, 1)).body();
        Reservation extended = reservationsApi.extendReservation(r.getId(), new ReservationExtension(1200)).body();
        assertTrue(extended.getExpiresAt().isAfter(r.getExpiresAt()));
        reservationsApi.releaseReservation(r.getId());
        assertEquals("RESERVATION_NOT_ACTIVE", problemOf(409,
                () -> reservationsApi.extendReservation(r.getId(), new ReservationExtension(60))).getCode());
    }

    @Test
    void anotherCallersReservationIsNotFound() {
        Reservation r = reservationsApi.createReservation(key(), order(shoes, 1)).body();
        caller.use(ISSUER.userToken());
        problemOf(404, () -> reservationsApi.getReservation(r.getId()));
        problemOf(404, () -> reservationsApi.commitReservation(r.getId()));
        asAdmin();
        assertEquals(r.getId(), reservationsApi.getReservation(r.getId()).body().getId());
    }

    @Test
    void aProductWithoutStockIsShort() {
        var problem = problemOf(409, () -> reservationsApi.createReservation(key(), order(UUID.randomUUID(), 1)));
        assertEquals("INSUFFICIENT_STOCK", problem.getCode());
    }
}
