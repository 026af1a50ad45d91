package com.qeetmart.products.variant;

import com.qeetmart.products.catalog.Price;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A live product variant; {@code price} is null when the variant sells at the product's price. */
public record VariantData(UUID id, UUID productId, String sku, String name, Price price,
                          Map<String, String> attributes, long version, Instant createdAt, Instant updatedAt) {
}
