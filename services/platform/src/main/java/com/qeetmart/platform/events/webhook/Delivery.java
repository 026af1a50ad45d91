package com.qeetmart.platform.events.webhook;

import java.time.Instant;
import java.util.UUID;

/** One line of an endpoint's delivery log. */
public record Delivery(UUID id, UUID eventId, String eventType, String state, int attempts, Integer lastStatus,
                       String lastError, Long lastLatencyMs, Instant lastAttemptAt, Instant nextAttemptAt,
                       Instant createdAt) {
}
