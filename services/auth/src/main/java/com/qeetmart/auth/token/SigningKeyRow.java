package com.qeetmart.auth.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("signing_key")
record SigningKeyRow(@Id String kid, String privateKeyPem, Instant createdAt, Instant signsFrom,
                     @Nullable Instant unpublishedAt) {
}
