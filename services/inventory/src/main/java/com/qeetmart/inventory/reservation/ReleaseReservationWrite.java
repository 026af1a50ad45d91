package com.qeetmart.inventory.reservation;

import jakarta.inject.Singleton;

/** {@code releaseReservation} as a direct write ({@link EndingWrite}). */
@Singleton
final class ReleaseReservationWrite extends EndingWrite {

    ReleaseReservationWrite(ReservationLifecycle lifecycle) {
        super(lifecycle, StockOp.Kind.RELEASE, "/release");
    }

    @Override
    public String operation() {
        return "releaseReservation";
    }
}
