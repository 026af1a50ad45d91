package com.qeetmart.platform.events.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook endpoint as its owner sees it (never its secret). */
public record Endpoint(UUID id, UUID ownerId, String url, List<String> eventTypes, String description,
                       boolean enabled, Instant disabledAt, String disabledReason, Instant createdAt) {
}
