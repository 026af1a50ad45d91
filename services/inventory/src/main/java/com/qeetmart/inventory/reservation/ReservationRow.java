package com.qeetmart.inventory.reservation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("reservation")
record ReservationRow(@Id UUID id, UUID orderId, ReservationState status, UUID createdBy, Instant expiresAt, Instant createdAt,
                      Instant updatedAt, @io.micronaut.core.annotation.Nullable String buyerReference) {

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
