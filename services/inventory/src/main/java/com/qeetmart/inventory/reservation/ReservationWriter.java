package com.qeetmart.inventory.reservation;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Writes a new reservation through {@link GroupCommit}: with the reservations, commitments and
 * releases that arrive with it, by one statement (stock_batch, V7) that records the reservation,
 * its idempotency key, its lines and their ledger rows, checks the holder's limits against its
 * kept counts (V6) and takes the units. Nothing is written for a refusal.
 */
@Singleton
class ReservationWriter {

    /** A unique index a concurrent replica's batch can hit first: the order's live reservation. */
    private static final String LIVE_ORDER_INDEX = "reservation_live_order";
    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * What writing a reservation came to, one kind per case the caller must handle: RESERVED
     * (the stock cache already told of it, by the group commit); ORDER_HAS_LIVE (the order already has a live reservation);
     * KEY_USED (the Idempotency-Key is taken); SHORT (a line cannot be covered); OVER_LIVE_LIMIT
     * or OVER_UNITS_LIMIT (the holder would hold too much). Only RESERVED wrote anything.
     */
    record Written(Kind kind) {
        enum Kind { RESERVED, ORDER_HAS_LIVE, KEY_USED, SHORT, OVER_LIVE_LIMIT, OVER_UNITS_LIMIT }

        static Written of(Kind kind) {
            return new Written(kind);
        }
    }

    private final GroupCommit groupCommit;
    private final ReservationRoutes routes;

    ReservationWriter(GroupCommit groupCommit, ReservationRoutes routes) {
        this.groupCommit = groupCommit;
        this.routes = routes;
    }

    /**
     * As {@link #reserve}, without blocking the caller: whether it was RESERVED; false for every
     * other case and every failure, which wrote nothing (the synchronous path tells them apart).
     */
    CompletableFuture<Boolean> reserveAsync(UUID id, UUID orderId, Holder holder, String key, byte[] hash,
                                            List<Line> lines, Instant expiresAt, Instant now) {
        UUID first = lines.get(0).productId();
        return groupCommit.submitAsync(StockOp.reserve(id, orderId, holder, key, hash, lines, expiresAt, now), first)
                .handle((outcome, failure) -> {
                    boolean reserved = failure == null && outcome.is(Written.Kind.RESERVED.name());
                    if (reserved) {
                        routes.remember(id, first);
                    }
                    return reserved;
                });
    }

    /** Reserves {@code lines} (sorted by product id) for a new reservation of {@code holder}. */
    Written reserve(UUID id, UUID orderId, Holder holder, String key, byte[] hash, List<Line> lines,
                    Instant expiresAt, Instant now) {
        try {
            UUID first = lines.get(0).productId();
            StockOutcome outcome = groupCommit.submit(StockOp.reserve(id, orderId, holder, key, hash, lines, expiresAt, now),
                    first);
            Written.Kind kind = Written.Kind.valueOf(outcome.outcome());
            if (kind == Written.Kind.RESERVED) {
                routes.remember(id, first);
            }
            return Written.of(kind);
        } catch (DataAccessException e) {
            // Alone, after its batch failed: a replica's concurrent request took the key or the order first.
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Written.of(String.valueOf(sql.getMessage()).contains(LIVE_ORDER_INDEX)
                        ? Written.Kind.ORDER_HAS_LIVE : Written.Kind.KEY_USED);
            }
            throw e;
        }
    }
}
