package com.qeetmart.auth.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One of an application's secrets: its SHA-256 only, and when it stops (null: not yet set). */
@MappedEntity("application_secret")
record SecretRow(@Id byte[] secretHash, UUID applicationId, Instant createdAt, @Nullable Instant expiresAt) {
}
