package com.qeetmart.platform.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises, in an exception chain, that the database could not be reached: the pool gave up
 * waiting for a connection (its short {@code connection-timeout}), the connection broke (SQLSTATE
 * class 08, or Micronaut Data could not use it), or PostgreSQL is shutting down, starting or refusing connections (57P01-57P03, and
 * 55000 for a database that accepts none). Such a failure is the database's, not the request's:
 * answered 503 with Retry-After, never 500.
 */
public final class DatabaseUnreachable {

    /** What a client is told to wait before retrying, in seconds. */
    public static final long RETRY_AFTER_SECONDS = 5;

    // Micronaut Data's word for "no usable connection" (a pooled one found closed, say), named
    // rather than imported: the platform does not depend on Micronaut Data.
    private static final java.util.Set<String> CONNECTION_FAILURES = java.util.Set.of(
            "io.micronaut.data.connection.exceptions.ConnectionException",
            "io.micronaut.transaction.exceptions.CannotCreateTransactionException");

    private DatabaseUnreachable() {
    }

    public static boolean in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || CONNECTION_FAILURES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && isOutage(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(String state) {
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("55000");
    }
}
