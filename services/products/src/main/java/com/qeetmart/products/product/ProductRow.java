package com.qeetmart.products.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code product}; {@code attributes} is the jsonb column's text. */
@MappedEntity("product")
record ProductRow(
        @Id UUID id,
        String name,
        @Nullable String description,
        @Nullable String brand,
        @Nullable UUID categoryId,
        String status,
        BigDecimal priceAmount,
        String priceCurrency,
        String attributes,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {
}
