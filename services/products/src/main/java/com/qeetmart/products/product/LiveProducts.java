package com.qeetmart.products.product;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A live product by id, read by hand: the catalog's hottest read (every direct read of a product).
 * Through the repository ({@link ProductRepository#findLive}) a profile put the row's mapping (each
 * column's name derived again per property, per row) and the connection's bookkeeping at ~7 times
 * the query's own cost in the driver. One statement on a pooled connection in autocommit: it runs
 * in no transaction, so it sees what is committed, never a caller's uncommitted writes (the
 * writes read their rows back through the repository, inside their transaction).
 */
@Singleton
class LiveProducts {

    private static final String SQL = """
            SELECT id, name, description, brand, category_id, status, price_amount, price_currency,
                   attributes::text, version, created_at, updated_at
              FROM product WHERE id = ? AND deleted_at IS NULL""";

    private final DataSource dataSource;

    LiveProducts(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    Optional<ProductRow> find(UUID id) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true); // one statement: no transaction to begin, commit or roll back
            }
            try (PreparedStatement select = connection.prepareStatement(SQL)) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(rowOf(row)) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("Product " + id + " could not be read: " + e.getMessage(), e);
        }
    }

    private static ProductRow rowOf(ResultSet row) throws SQLException {
        return new ProductRow(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                row.getObject(5, UUID.class), row.getString(6), row.getBigDecimal(7), row.getString(8), row.getString(9),
                row.getLong(10), instant(row, 11), instant(row, 12), null);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
