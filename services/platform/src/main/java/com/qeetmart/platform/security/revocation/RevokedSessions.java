package com.qeetmart.platform.security.revocation;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions this verifier knows to be ended, each until its tokens have all expired: what the
 * token check consults on every request, cached token or not. Filled from auth's feed
 * ({@link RevocationFeed}) and its Redis channel ({@link RevocationSubscriber}); applying the same
 * revocation twice changes nothing.
 */
@Singleton
public class RevokedSessions {

    private final Map<String, Long> refusedUntilMillis = new ConcurrentHashMap<>();

    public boolean isRevoked(String sessionId) {
        if (sessionId == null) {
            return false;
        }
        Long until = refusedUntilMillis.get(sessionId);
        return until != null && System.currentTimeMillis() < until;
    }

    public void apply(Revocation revocation) {
        if (revocation == null || revocation.sessionId() == null || revocation.expiresAt() == null) {
            return;
        }
        refusedUntilMillis.merge(revocation.sessionId(), revocation.expiresAt().toEpochMilli(), Math::max);
    }

    /** Forgets the sessions whose tokens have all expired (they are refused as expired now). */
    public void forgetExpired() {
        long now = System.currentTimeMillis();
        refusedUntilMillis.values().removeIf(until -> until <= now);
    }

    public int size() {
        return refusedUntilMillis.size();
    }
}
