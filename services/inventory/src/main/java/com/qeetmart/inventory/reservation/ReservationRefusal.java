package com.qeetmart.inventory.reservation;

/** Why a reservation cannot change as asked: its problem {@code code} and what the client reads. */
enum ReservationRefusal {
    RESERVATION_EXPIRED("it has expired"),
    RESERVATION_RELEASED("it was released"),
    RESERVATION_COMMITTED("it is committed"),
    RESERVATION_NOT_ACTIVE("it is no longer active");

    final String reason;

    ReservationRefusal(String reason) {
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
