package com.qeetmart.auth.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Sessions a transaction has just ended: their access tokens are to be refused everywhere. */
public record SessionsEnded(List<UUID> sessionIds, Instant endedAt) {
}
