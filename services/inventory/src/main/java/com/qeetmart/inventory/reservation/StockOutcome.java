package com.qeetmart.inventory.reservation;

import java.util.Map;
import java.util.UUID;

/**
 * What stock_batch (V7) decided for one {@link StockOp}: {@code outcome} is one of its outcome
 * names (RESERVED, SHORT, COMMITTED, WAS_RELEASED...); {@code versions} the new stock versions of
 * the products the batch changed that this operation touched (for the stock cache).
 */
record StockOutcome(String outcome, Map<UUID, Long> versions) {

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
