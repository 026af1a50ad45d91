package com.qeetmart.platform.errors;

import java.util.List;

/**
 * A write was based on a version of the resource that is no longer current (a stale
 * {@code If-Match}, or a concurrent writer won). Answered as 412 {@code PRECONDITION_FAILED};
 * nothing is written.
 */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String resource, Object id) {
        super(CommonProblem.PRECONDITION_FAILED,
                resource + " " + id + " has changed since it was read; read it again and retry", List.of(), null);
    }

    @Override
    public Kind kind() {
        return Kind.STALE_VERSION;
    }
}
