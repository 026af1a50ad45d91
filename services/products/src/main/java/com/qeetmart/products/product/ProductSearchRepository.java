package com.qeetmart.products.product;

import com.qeetmart.platform.paging.PageRequest;
import com.qeetmart.platform.paging.PageResult;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Product search in SQL: filters and order vary per request, so the statement is built here. */
@Singleton
class ProductSearchRepository {

    private static final String COLUMNS = """
            p.id, p.name, p.description, p.brand, p.category_id, p.status, p.price_amount,
            p.price_currency, p.attributes::text AS attributes, p.version, p.created_at, p.updated_at""";

    private final JdbcOperations jdbc;

    ProductSearchRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<ProductRow> search(ProductSearch search, PageRequest page) {
        if (SearchQuery.hasNoWords(search.text())) {
            return new PageResult<>(List.of(), page, 0);
        }
        SearchQuery query = SearchQuery.of(search);
        long total = count(query);
        if (total == 0 || page.offset() >= total) {
            return new PageResult<>(List.of(), page, total);
        }
        String sql = "SELECT " + COLUMNS + " FROM product p WHERE " + query.where
                + " ORDER BY " + query.orderBy + " LIMIT ? OFFSET ?";
        List<ProductRow> rows = jdbc.prepareStatement(sql, statement -> {
            int next = bind(statement, query.parameters, 1);
            if (query.ordersByRank()) {
                statement.setString(next++, query.tsQuery);
            }
            statement.setInt(next++, page.size());
            statement.setLong(next, page.offset());
            return read(statement);
        });
        return new PageResult<>(rows, page, total);
    }

    private long count(SearchQuery query) {
        return jdbc.prepareStatement("SELECT count(*) FROM product p WHERE " + query.where, statement -> {
            bind(statement, query.parameters, 1);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static int bind(PreparedStatement statement, List<Object> parameters, int first) throws SQLException {
        int index = first;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        return index;
    }

    private static List<ProductRow> read(PreparedStatement statement) throws SQLException {
        List<ProductRow> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(new ProductRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("description"), rs.getString("brand"),
                        rs.getObject("category_id", UUID.class), rs.getString("status"),
                        rs.getBigDecimal("price_amount"), rs.getString("price_currency"),
                        rs.getString("attributes"), rs.getLong("version"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), null));
            }
        }
        return rows;
    }
}
