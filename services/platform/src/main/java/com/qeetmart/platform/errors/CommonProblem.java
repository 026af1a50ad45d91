package com.qeetmart.platform.errors;

/**
 * The errors every service's domain shares. Their codes and types are those of the platform's
 * own answers for the same status ({@code ProblemKind}), so a missing resource reads the same
 * whether the router or the domain found it missing.
 */
public enum CommonProblem implements ProblemCode {
    NOT_FOUND("Resource not found"),
    PRECONDITION_FAILED("Precondition failed"),
    IDEMPOTENCY_KEY_REUSED("Idempotency key reused");

    private final String title;

    CommonProblem(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
