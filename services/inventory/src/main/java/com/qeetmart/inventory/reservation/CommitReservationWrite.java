package com.qeetmart.inventory.reservation;

import jakarta.inject.Singleton;

/** {@code commitReservation} as a direct write ({@link EndingWrite}). */
@Singleton
final class CommitReservationWrite extends EndingWrite {

    CommitReservationWrite(ReservationLifecycle lifecycle) {
        super(lifecycle, StockOp.Kind.COMMIT, "/commitment");
    }

    @Override
    public String operation() {
        return "commitReservation";
    }
}
