package com.qeetmart.inventory.stock;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("stock")
public record StockRow(@Id UUID productId, int onHand, int reserved, long version, Instant updatedAt) {
}
