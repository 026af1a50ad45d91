package com.qeetmart.products.variant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code product_variant}; {@code attributes} is the jsonb column's text. */
@MappedEntity("product_variant")
record VariantRow(
        @Id UUID id,
        UUID productId,
        String sku,
        String name,
        @Nullable BigDecimal priceAmount,
        @Nullable String priceCurrency,
        String attributes,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {
}
