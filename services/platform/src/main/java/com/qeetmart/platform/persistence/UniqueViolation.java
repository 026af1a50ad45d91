package com.qeetmart.platform.persistence;

import java.sql.SQLException;

/** Recognises PostgreSQL's unique_violation in an exception chain, and which index raised it. */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    /** Whether the error was caused by a unique violation of this index. */
    public static boolean on(Throwable error, String indexName) {
        SQLException sql = find(error);
        return sql != null && String.valueOf(sql.getMessage()).contains(indexName);
    }

    /** Whether the error was caused by any unique violation. */
    public static boolean in(Throwable error) {
        return find(error) != null;
    }

    private static SQLException find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return sql;
            }
        }
        return null;
    }
}
