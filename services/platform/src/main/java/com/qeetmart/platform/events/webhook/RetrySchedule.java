package com.qeetmart.platform.events.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: after {@code base × 2^(attempt-1)}, at most
 * {@code maxDelay}, of which a random half is dropped (jitter, so endpoints that failed together
 * are not retried together), until {@code retryFor} after the first attempt; then never.
 */
record RetrySchedule(Duration base, Duration maxDelay, Duration retryFor, DoubleSupplier random) {

    static RetrySchedule of(WebhookSettings settings) {
        return new RetrySchedule(settings.retryBase(), settings.retryMaxDelay(), settings.retryFor(), Math::random);
    }

    /** The next attempt after {@code attempts} failed ones, or empty when the delivery has failed for good. */
    Optional<Instant> next(int attempts, Instant firstAttempt, Instant now) {
        Instant giveUpAt = firstAttempt.plus(retryFor);
        if (!now.isBefore(giveUpAt)) {
            return Optional.empty();
        }
        long ceiling = maxDelay.toMillis();
        long delay = ceiling;
        int doublings = Math.max(0, attempts - 1);
        if (doublings < 40 && base.toMillis() << doublings < ceiling) {
            delay = base.toMillis() << doublings;
        }
        long jittered = delay / 2 + (long) (random.getAsDouble() * (delay - delay / 2));
        Instant next = now.plusMillis(Math.max(1, jittered));
        return Optional.of(next.isAfter(giveUpAt) ? giveUpAt : next);
    }
}
