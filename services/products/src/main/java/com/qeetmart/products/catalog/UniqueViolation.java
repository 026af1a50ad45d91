package com.qeetmart.products.catalog;

import java.sql.SQLException;

/** Recognises PostgreSQL's unique_violation in an exception chain, and which index raised it. */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    public static boolean on(Throwable error, String indexName) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(indexName)) {
                return true;
            }
        }
        return false;
    }
}
