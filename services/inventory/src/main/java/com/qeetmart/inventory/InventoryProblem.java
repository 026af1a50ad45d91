package com.qeetmart.inventory;

import com.qeetmart.platform.errors.ProblemCode;

/**
 * Every error inventory's own rules answer with; each is a problem {@code type} of its own
 * ({@code /problems/insufficient-stock}), named in the contract of each operation that answers it.
 */
public enum InventoryProblem implements ProblemCode {
    INSUFFICIENT_STOCK("Not enough stock"),
    ON_HAND_BELOW_RESERVED("On hand cannot go below reserved"),
    ZERO_ADJUSTMENT("Adjustment changes nothing"),
    PRODUCT_NOT_FOUND("Product not in the catalog"),
    CATALOG_UNAVAILABLE("Product catalog unavailable"),
    DUPLICATE_PRODUCT("Product in more than one line"),
    TTL_TOO_LONG("Reservation lifetime too long"),
    PRODUCT_HOLD_LIMIT("Units per product limit reached"),
    LIVE_RESERVATION_LIMIT("Live reservations limit reached"),
    HOLD_LIMIT_REACHED("Reservation hold time limit reached"),
    RESERVATION_EXISTS("Order already has a live reservation"),
    RESERVATION_EXPIRED("Reservation expired"),
    RESERVATION_RELEASED("Reservation released"),
    RESERVATION_COMMITTED("Reservation committed"),
    RESERVATION_NOT_ACTIVE("Reservation not active");

    private final String title;

    InventoryProblem(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
