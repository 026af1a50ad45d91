package com.qeetmart.products.product;

import com.qeetmart.products.catalog.Price;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A live product as the catalog knows it. */
public record ProductData(UUID id, String name, String description, String brand, UUID categoryId,
                          ProductState state, Price price, Map<String, String> attributes, long version,
                          Instant createdAt, Instant updatedAt) {
}
