package com.qeetmart.sdk;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The caller's rate-limit state as an answer reports it ({@code RateLimit-Limit},
 * {@code RateLimit-Remaining}, {@code RateLimit-Reset}): how many requests the window allows, how
 * many are left in it, and when it starts again. Read it from a {@link CallEvent}, or from any
 * {@code ...WithHttpInfo} result's headers with {@link #of(java.util.Map)}.
 */
public record RateLimitState(long limit, long remaining, Duration reset) {

    /** The state the headers report; empty when they report none (or not all three numbers). */
    public static Optional<RateLimitState> of(java.util.Map<String, java.util.List<String>> headers) {
        return of(HttpHeaders.of(headers, (name, value) -> true));
    }

    static Optional<RateLimitState> of(HttpHeaders headers) {
        OptionalLong limit = number(headers, "RateLimit-Limit");
        OptionalLong remaining = number(headers, "RateLimit-Remaining");
        OptionalLong reset = number(headers, "RateLimit-Reset");
        if (limit.isEmpty() || remaining.isEmpty() || reset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RateLimitState(limit.getAsLong(), remaining.getAsLong(), Duration.ofSeconds(reset.getAsLong())));
    }

    private static OptionalLong number(HttpHeaders headers, String name) {
        try {
            return headers.firstValue(name).map(value -> OptionalLong.of(Long.parseLong(value.trim())))
                    .orElse(OptionalLong.empty());
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }
}
