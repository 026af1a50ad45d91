package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.api.model.Reservation;
import com.qeetmart.inventory.api.model.ReservationLine;
import com.qeetmart.inventory.api.model.ReservationStatus;

import static com.qeetmart.platform.time.Timestamps.utc;

/** A reservation as the contract's model, for every answer that carries one (controller and direct writes). */
final class ReservationModels {

    private ReservationModels() {
    }

    static Reservation toApi(ReservationData r) {
        return new Reservation(r.id(), r.orderId(), ReservationStatus.fromValue(r.status().name()),
                r.lines().stream().map(l -> new ReservationLine(l.productId(), l.quantity())).toList(),
                utc(r.expiresAt()), utc(r.createdAt())).buyerReference(r.buyerReference());
    }

    static String location(ReservationData r) {
        return "/inventory/reservations/" + r.id();
    }
}
