package com.qeetmart.platform.events.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as a service hands it to the outbox: its type, the resource it is about and that
 * resource's version after the change (the order of its events), the caller it is only for (null:
 * anyone who may receive the type) and the resource as its GET shows it (serialized by the outbox).
 */
public record EventDraft(String type, UUID resourceId, long sequence, UUID ownerId, Instant occurredAt,
                         Object data) {
}
