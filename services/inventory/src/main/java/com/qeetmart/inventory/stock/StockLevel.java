package com.qeetmart.inventory.stock;

import java.time.Instant;
import java.util.UUID;

/**
 * A product's stock as callers see it: reservations past their expiry are not counted as reserved,
 * even before they are released. {@code validUntil} is when the next live reservation expires
 * (a cached copy is stale from then on); null when none is live.
 */
public record StockLevel(UUID productId, int onHand, int reserved, long version, Instant updatedAt,
                         Instant validUntil) {

    public int available() {
        return onHand - reserved;
    }
}
