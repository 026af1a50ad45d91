package com.qeetmart.platform.persistence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads of one row by one statement, by hand, for a service's hottest reads: on a pooled
 * connection of its own in autocommit, in no transaction. One statement reads one snapshot, so
 * what it joins agrees without BEGIN and COMMIT (two round trips saved), and the repository's
 * row mapping (each column's name derived again per property, per row) is not paid. It sees what
 * is committed, never a caller's uncommitted writes: run it outside a transaction, or after one.
 */
@Singleton
@Requires(classes = DelegatingDataSource.class)
@Requires(beans = DataSource.class)
public final class OneStatementReads {

    /** Makes the value of the row the statement found. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    OneStatementReads(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** The row {@code sql} finds with {@code key} as its one parameter, if any. */
    public <T> Optional<T> find(String sql, Object key, Row<T> row) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true); // one statement: no transaction to begin, commit or roll back
            }
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, key);
                try (ResultSet found = select.executeQuery()) {
                    return found.next() ? Optional.of(row.read(found)) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("A read by " + key + " failed: " + e.getMessage(), e);
        }
    }
}
