package com.qeetmart.users.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("profile")
public record ProfileRow(@Id UUID id, String email, @Nullable String name, @Nullable String phone, long version,
                         Instant createdAt, Instant updatedAt) {

    ProfileData toData() {
        return new ProfileData(id, email, name, phone, version, createdAt, updatedAt);
    }
}
