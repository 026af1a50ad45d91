package com.qeetmart.platform.errors;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A request the domain refuses, by rule rather than by fault. Each subclass is one {@link Kind}
 * (the platform answers a kind with one status); the {@link ProblemCode} says which error of
 * that kind it is. One handler in the platform turns every one into problem+json.
 */
public abstract class DomainException extends RuntimeException {

    /** What kind of refusal this is, independent of the protocol that reports it. */
    public enum Kind { INVALID, NOT_FOUND, GONE, STALE_VERSION, CONFLICT, UNPROCESSABLE, UNAUTHENTICATED, THROTTLED, UNAVAILABLE }

    private final ProblemCode code;
    private final List<FieldIssue> fields;

    protected DomainException(ProblemCode code, String detail, List<FieldIssue> fields, Throwable cause) {
        super(detail, cause);
        this.code = code;
        this.fields = List.copyOf(fields);
    }

    public abstract Kind kind();

    public ProblemCode code() {
        return code;
    }

    /** The fields the refusal names, in request order; empty when it is about the request as a whole. */
    public List<FieldIssue> fields() {
        return fields;
    }

    /** How long the caller should wait before trying again, when waiting helps. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
