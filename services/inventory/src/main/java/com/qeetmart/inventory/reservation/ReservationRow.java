package com.qeetmart.inventory.reservation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("reservation")
record ReservationRow(@Id UUID id, UUID orderId, String status, UUID createdBy, Instant expiresAt, Instant createdAt,
                      Instant updatedAt) {

    static final String ACTIVE = "ACTIVE";
    static final String COMMITTED = "COMMITTED";
    static final String RELEASED = "RELEASED";
    static final String EXPIRED = "EXPIRED";

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
