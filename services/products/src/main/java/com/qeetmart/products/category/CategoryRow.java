package com.qeetmart.products.category;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("category")
record CategoryRow(
        @Id UUID id,
        String name,
        String slug,
        @Nullable String description,
        @Nullable UUID parentId,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {

    CategoryData toData() {
        return new CategoryData(id, name, slug, description, parentId, version, createdAt, updatedAt);
    }
}
