package com.qeetmart.contracts.diff.finding;

import java.util.Locale;

/** One operation as reviewers name it: method, path template and (when the spec has one) its id. */
public record OperationRef(String method, String path, String operationId) {

    public OperationRef {
        method = method.toUpperCase(Locale.ROOT);
    }

    /** {@code GET /products/{productId}}: stable, so reports and tests can refer to it. */
    public String label() {
        return method + " " + path;
    }
}
