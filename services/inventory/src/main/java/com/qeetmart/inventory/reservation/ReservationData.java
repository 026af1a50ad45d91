package com.qeetmart.inventory.reservation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reservation as its owner sees it. */
public record ReservationData(UUID id, UUID orderId, ReservationState status, List<Line> lines, Instant expiresAt,
                              Instant createdAt, String buyerReference) {
}
