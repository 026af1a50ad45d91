package com.qeetmart.auth.throttle;

import com.qeetmart.auth.AuthSettings;
import com.qeetmart.platform.http.AddressBlocks;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Slows guessing an application's secret: after too many failed client authentications for one
 * client id from one address (an IPv6 one by its prefix, {@link AddressBlocks}) within the window,
 * its token requests from there are refused without checking the secret until the window ends.
 * Counted per client id and address: a partner behind a shared address is never locked out by
 * another client's failures, nor its own servers by an attacker who knows its client id. Counts
 * live in PostgreSQL, shared by every replica.
 */
@Singleton
public class ClientThrottle {

    private final ThrottleRepository counts;
    private final AddressBlocks blocks;
    private final Duration window;
    private final int limit;

    ClientThrottle(ThrottleRepository counts, AuthSettings settings, AddressBlocks blocks) {
        this.counts = counts;
        this.blocks = blocks;
        this.window = settings.throttle().window();
        this.limit = settings.applications().clientFailures();
    }

    /** Seconds until the client id may try again from this address, when it is throttled there now. */
    public OptionalLong waitFor(UUID clientId, String address) {
        Instant now = Instant.now();
        for (ThrottleRow row : counts.findCurrent(List.of(key(clientId, address)), now.minus(window))) {
            if (row.failures() >= limit) {
                return OptionalLong.of(Duration.between(now, row.windowStartedAt().plus(window)).toSeconds() + 1);
            }
        }
        return OptionalLong.empty();
    }

    public void failed(UUID clientId, String address) {
        Instant now = Instant.now();
        counts.countFailure(key(clientId, address), now, now.minus(window));
    }

    private String key(UUID clientId, String address) {
        return "client:" + clientId + "@" + blocks.keyOf(address);
    }
}
