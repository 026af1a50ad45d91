package com.qeetmart.auth.throttle;

import com.qeetmart.auth.AuthSettings;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Slows guessing an application's secret: after too many failed client authentications for one
 * client id within the window, its token requests are refused without checking the secret until
 * the window ends. Counted per client id, not per address: a partner behind a shared address is
 * never locked out by another's failures. Counts live in PostgreSQL, shared by every replica.
 */
@Singleton
public class ClientThrottle {

    private final ThrottleRepository counts;
    private final Duration window;
    private final int limit;

    ClientThrottle(ThrottleRepository counts, AuthSettings settings) {
        this.counts = counts;
        this.window = settings.throttle().window();
        this.limit = settings.applications().clientFailures();
    }

    /** Seconds until the client id may try again, when it is throttled now. */
    public OptionalLong waitFor(UUID clientId) {
        Instant now = Instant.now();
        for (ThrottleRow row : counts.findCurrent(List.of(key(clientId)), now.minus(window))) {
            if (row.failures() >= limit) {
                return OptionalLong.of(Duration.between(now, row.windowStartedAt().plus(window)).toSeconds() + 1);
            }
        }
        return OptionalLong.empty();
    }

    public void failed(UUID clientId) {
        Instant now = Instant.now();
        counts.countFailure(key(clientId), now, now.minus(window));
    }

    private static String key(UUID clientId) {
        return "client:" + clientId;
    }
}
