package com.qeetmart.auth.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/** A partner application as stored; {@code sessionId} is the session its current tokens name. */
@MappedEntity("application")
record ApplicationRow(
        @Id UUID id,
        String name,
        @TypeDef(type = DataType.STRING_ARRAY) String[] scopes,
        @TypeDef(type = DataType.STRING_ARRAY) String[] allowedAddresses,
        UUID sessionId,
        @Nullable Integer requestsPerMinute,
        @Nullable Integer liveReservations,
        @Nullable Integer unitsPerProduct,
        Instant createdAt,
        Instant updatedAt) {

    Quotas quotas() {
        return new Quotas(requestsPerMinute, liveReservations, unitsPerProduct);
    }
}
