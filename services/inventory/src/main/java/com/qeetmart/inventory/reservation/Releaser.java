package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.stock.StockRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Gives reserved units back, inside the caller's transaction. A reservation is released only if
 * its status is still ACTIVE when it is changed, so whoever gets there first (the owner, a
 * request that found it expired, any sweeper replica) releases it, and nobody does it twice.
 * Stock rows are always locked in product-id order, as everywhere, so no two transactions deadlock.
 */
@Singleton
class Releaser {

    private final ReservationRepository reservations;
    private final StockRepository stock;

    private final ReservationMetrics metrics;

    Releaser(ReservationRepository reservations, StockRepository stock, ReservationMetrics metrics) {
        this.reservations = reservations;
        this.stock = stock;
        this.metrics = metrics;
    }

    /** Releases one reservation with the given final status; the new stock versions, or none. */
    Map<UUID, Long> release(UUID reservationId, ReservationState status, Instant now) {
        if (reservations.finish(reservationId, status, now) == 0) {
            return Map.of();
        }
        metrics.ended(status, 1);
        return giveBack(reservations.linesOf(reservationId), "reservation " + status.name().toLowerCase(), now);
    }

    /** Expires reservations the caller has locked, in one pass over the stock rows. */
    Map<UUID, Long> expire(List<UUID> reservationIds, Instant now) {
        if (reservationIds.isEmpty()) {
            return Map.of();
        }
        long expired = reservations.expireAll(reservationIds, now);
        if (expired == 0) {
            return Map.of();
        }
        metrics.ended(ReservationState.EXPIRED, expired);
        return giveBack(reservations.linesOfAll(reservationIds), "reservation expired", now);
    }

    private Map<UUID, Long> giveBack(List<LineRow> lines, String reason, Instant now) {
        Map<UUID, Integer> perProduct = new TreeMap<>();
        for (LineRow line : lines) {
            stock.ledger(line.productId(), 0, -line.quantity(), reason, line.reservationId(), now);
            perProduct.merge(line.productId(), line.quantity(), Integer::sum);
        }
        Map<UUID, Long> versions = new HashMap<>();
        perProduct.forEach((productId, quantity) ->
                versions.put(productId, stock.unreserve(productId, quantity, now).get(0)));
        return versions;
    }
}
