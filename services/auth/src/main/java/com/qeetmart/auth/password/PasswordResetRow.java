package com.qeetmart.auth.password;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("password_reset")
record PasswordResetRow(@Id byte[] tokenHash, UUID accountId, Instant createdAt, Instant expiresAt,
                        @Nullable Instant usedAt) {
}
