package com.qeetmart.inventory.reservation;

import java.util.Map;
import java.util.UUID;

/**
 * What stock_batch (V7, V9) decided for one {@link StockOp}: {@code outcome} is one of its outcome
 * names (RESERVED, SHORT, COMMITTED, WAS_RELEASED...); {@code versions} the new stock versions of
 * the products the batch changed that this operation touched (for the stock cache); {@code ended}
 * the reservation as the operation ended it (committed, released, expired), else null.
 */
record StockOutcome(String outcome, Map<UUID, Long> versions, ReservationData ended) {

    /** An outcome that ended no reservation. */
    StockOutcome(String outcome, Map<UUID, Long> versions) {
        this(outcome, versions, null);
    }

    static final String RESERVED = "RESERVED";
    static final String KEY_USED = "KEY_USED";
    static final String ORDER_HAS_LIVE = "ORDER_HAS_LIVE";
    static final String NOT_FOUND = "NOT_FOUND";
    /** The prefix of an ending's outcome when the reservation had already ended (WAS_COMMITTED...). */
    static final String WAS = "WAS_";

    boolean is(String name) {
        return outcome.equals(name);
    }
}
