package com.qeetmart.products.category;

import java.time.Instant;
import java.util.UUID;

/** A live category as the catalog knows it. */
public record CategoryData(UUID id, String name, String slug, String description, UUID parentId,
                           long version, Instant createdAt, Instant updatedAt) {
}
