package com.qeetmart.products.product;

import com.qeetmart.platform.persistence.OneStatementReads;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A live product by id, read by hand: the catalog's hottest read (every direct read of a product).
 * Through the repository ({@link ProductRepository#findLive}) a profile put the row's mapping and
 * the connection's bookkeeping at ~7 times the query's own cost in the driver. One statement, in
 * no transaction ({@link OneStatementReads}): it sees what is committed, never a caller's
 * uncommitted writes (the writes read their rows back through the repository, inside their transaction).
 */
@Singleton
class LiveProducts {

    private static final String SQL = """
            SELECT id, name, description, brand, category_id, status, price_amount, price_currency,
                   attributes::text, version, created_at, updated_at
              FROM product WHERE id = ? AND deleted_at IS NULL""";

    private final OneStatementReads reads;

    LiveProducts(OneStatementReads reads) {
        this.reads = reads;
    }

    Optional<ProductRow> find(UUID id) {
        return reads.find(SQL, id, LiveProducts::rowOf);
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
