package com.qeetmart.platform.security.revocation;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A session auth has ended: every access token whose {@code sid} is {@code sessionId} is refused
 * until {@code expiresAt}, by when the last token issued for it has expired anyway. The same shape
 * travels on auth's revocation feed and on the Redis channel.
 */
@Serdeable
public record Revocation(String sessionId, Instant revokedAt, Instant expiresAt) {
}
