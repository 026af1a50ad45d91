package com.qeetmart.auth.session;

import java.time.Instant;
import java.util.UUID;

/** A live session as its owner sees it. */
public record SessionData(UUID id, String userAgent, String ipAddress, Instant createdAt, Instant lastUsedAt) {
}
