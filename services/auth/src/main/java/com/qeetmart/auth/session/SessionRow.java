package com.qeetmart.auth.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("session")
record SessionRow(
        @Id UUID id,
        @Nullable UUID accountId,
        @Nullable String userAgent,
        @Nullable String ipAddress,
        Instant createdAt,
        Instant lastUsedAt,
        @Nullable Instant endedAt,
        @Nullable String endReason) {
}
