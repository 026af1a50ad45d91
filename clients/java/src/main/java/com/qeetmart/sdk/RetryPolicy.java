package com.qeetmart.sdk;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a call is tried again: on 429, 502, 503 and 504 (and on a failed connection), at most
 * {@code maxAttempts} times in all, waiting what {@code Retry-After} says or else an exponential
 * backoff with jitter, never longer than {@code maxDelay}. Only calls that are safe to repeat are
 * retried: GET, HEAD, PUT, DELETE, OPTIONS, and any call that carries an {@code Idempotency-Key}.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    private static final Set<Integer> RETRYABLE_STATUS = Set.of(429, 502, 503, 504);
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(10));
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    boolean mayRepeat(HttpRequest request) {
        return IDEMPOTENT_METHODS.contains(request.method()) || request.headers().firstValue("Idempotency-Key").isPresent();
    }

    boolean retryableStatus(int status) {
        return RETRYABLE_STATUS.contains(status);
    }

    /** How long to wait before attempt {@code attempt + 1} (attempt counts from 1). */
    Duration delay(int attempt, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            return retryAfter.get().compareTo(maxDelay) > 0 ? maxDelay : retryAfter.get();
        }
        long base = baseDelay.toMillis() << Math.min(attempt - 1, 10);
        long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        return Duration.ofMillis(Math.min(jittered, maxDelay.toMillis()));
    }

    /** The {@code Retry-After} of an answer, in seconds (the form QeetMart sends). */
    static Optional<Duration> retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
            } catch (NumberFormatException httpDate) {
                return Optional.empty();
            }
        });
    }
}
