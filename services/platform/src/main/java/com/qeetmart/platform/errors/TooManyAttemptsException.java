package com.qeetmart.platform.errors;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A caller must wait before trying again. Answered as 429 with Retry-After (at least 1 s). */
public class TooManyAttemptsException extends DomainException {

    private final Duration retryAfter;

    public TooManyAttemptsException(ProblemCode code, String detail, long retryAfterSeconds) {
        super(code, detail, List.of(), null);
        this.retryAfter = Duration.ofSeconds(Math.max(1, retryAfterSeconds));
    }

    @Override
    public Kind kind() {
        return Kind.THROTTLED;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
