package com.qeetmart.inventory.reservation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change of held stock, as {@link GroupCommit} batches it: a new reservation ({@code RESERVE},
 * lines sorted by product), or the end of one ({@code COMMIT}, {@code RELEASE}) asked by
 * {@code caller} ({@code admin}: who may reach any reservation). Unused fields are null.
 */
record StockOp(Kind kind, UUID id, UUID orderId, UUID caller, boolean admin, Holder holder, String key, byte[] hash,
               Instant expiresAt, List<Line> lines, Instant now) {

    enum Kind {
        RESERVE("R"), COMMIT("C"), RELEASE("X");

        /** The kind as stock_batch (V7) reads it. */
        final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    static StockOp reserve(UUID id, UUID orderId, Holder holder, String key, byte[] hash, List<Line> sortedLines,
                           Instant expiresAt, Instant now) {
        return new StockOp(Kind.RESERVE, id, orderId, holder.caller(), false, holder, key, hash, expiresAt,
                sortedLines, now);
    }

    static StockOp end(Kind kind, UUID reservationId, UUID caller, boolean admin, Instant now) {
        return new StockOp(kind, reservationId, null, caller, admin, null, null, null, null, List.of(), now);
    }
}
