package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.InventoryProblem;

/** Why a reservation cannot change as asked: its problem code and what the client reads. */
enum ReservationRefusal {
    RESERVATION_EXPIRED(InventoryProblem.RESERVATION_EXPIRED, "it has expired"),
    RESERVATION_RELEASED(InventoryProblem.RESERVATION_RELEASED, "it was released"),
    RESERVATION_COMMITTED(InventoryProblem.RESERVATION_COMMITTED, "it is committed"),
    RESERVATION_NOT_ACTIVE(InventoryProblem.RESERVATION_NOT_ACTIVE, "it is no longer active");

    final InventoryProblem code;
    final String reason;

    ReservationRefusal(InventoryProblem code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    /** The refusal of a reservation that has ended in this state. */
    static ReservationRefusal endedAs(ReservationState state) {
        return switch (state) {
            case EXPIRED -> RESERVATION_EXPIRED;
            case RELEASED -> RESERVATION_RELEASED;
            case COMMITTED -> RESERVATION_COMMITTED;
            case ACTIVE -> throw new IllegalArgumentException("an active reservation has not ended");
        };
    }
}
