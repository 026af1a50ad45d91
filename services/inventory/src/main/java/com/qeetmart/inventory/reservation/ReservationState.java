package com.qeetmart.inventory.reservation;

/**
 * Where a reservation is in its life: ACTIVE (holding stock) until it is COMMITTED (the units left
 * stock), RELEASED by its maker or EXPIRED. Stored by name in {@code reservation.status}.
 */
public enum ReservationState {
    ACTIVE, COMMITTED, RELEASED, EXPIRED
}
