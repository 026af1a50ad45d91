package com.qeetmart.platform.events.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A delivery this replica holds for one attempt: where it goes, the event it carries, the secrets that sign it now. */
public record ClaimedDelivery(UUID id, UUID endpointId, UUID resourceId, String url, int attempt, Instant firstAttemptAt,
                              UUID eventId, String eventType, String body, List<String> secrets) {
}
