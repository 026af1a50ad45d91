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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Product search in SQL: filters and order vary per request, so the statement is built here.
 *
 * <p>The total is worked out as cheaply as is exact. Ranking by relevance reads every match
 * anyway, so that query counts them too. Other orders stop at the page through an index, and
 * counting a broad result would cost more than the page: there a page that is not full tells the
 * total, else matches are counted up to {@value #EXACT_COUNT_LIMIT}, and beyond that
 * PostgreSQL's own row estimate is reported, flagged as such. {@code hasNext} is always exact
 * (one extra row is read).
 */
@Singleton
class ProductSearchRepository {

    static final int EXACT_COUNT_LIMIT = 1000;
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");
    private static final String COLUMNS = """
            p.id, p.name, p.description, p.brand, p.category_id, p.status, p.price_amount,
            p.price_currency, p.attributes::text AS attributes, p.version, p.created_at, p.updated_at""";

    private final JdbcOperations jdbc;

    ProductSearchRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<ProductRow> search(ProductSearch search, PageRequest page) {
        if (SearchQuery.hasNoWords(search.text())) {
            return new PageResult<>(List.of(), page, 0, true, false);
        }
        SearchQuery query = SearchQuery.of(search);
        planForTheseValues();
        Rows found = page(query, page);
        List<ProductRow> rows = found.rows();
        boolean hasNext = rows.size() > page.size();
        if (hasNext) {
            rows = rows.subList(0, page.size());
        }
        if (found.totalMatches() >= 0) {
            return new PageResult<>(rows, page, found.totalMatches(), true, hasNext);
        }
        if (!hasNext && (!rows.isEmpty() || page.offset() == 0)) {
            return new PageResult<>(rows, page, page.offset() + rows.size(), true, false);
        }
        long counted = countUpTo(query, EXACT_COUNT_LIMIT + 1);
        if (counted <= EXACT_COUNT_LIMIT) {
            return new PageResult<>(rows, page, counted, true, hasNext);
        }
        long floor = Math.max(counted, page.offset() + rows.size() + (hasNext ? 1 : 0));
        return new PageResult<>(rows, page, Math.max(estimate(query), floor), false, hasNext);
    }

    /**
     * Plans this search's statements for their own parameter values: a generic plan cannot know how
     * selective a text query is (it picked a 71 ms sequential scan where the custom plan takes 3
     * ms). Only for the search's transaction (the caller's): reads by id keep the cached generic
     * plan of a primary-key lookup, which saves PostgreSQL planning on every read.
     */
    private void planForTheseValues() {
        jdbc.prepareStatement("SET LOCAL plan_cache_mode = force_custom_plan", statement -> statement.execute());
    }

    /** A page of rows (one more than asked), and the number of all matches when it was free. */
    private record Rows(List<ProductRow> rows, long totalMatches) {
    }

    private Rows page(SearchQuery query, PageRequest page) {
        String total = query.ordersByRank() ? ", count(*) OVER () AS total_matches" : "";
        String sql = "SELECT " + COLUMNS + total + " FROM product p WHERE " + query.where
                + " ORDER BY " + query.orderBy + " LIMIT ? OFFSET ?";
        return jdbc.prepareStatement(sql, statement -> {
            int next = bind(statement, query.parameters);
            if (query.ordersByRank()) {
                statement.setString(next++, query.tsQuery);
            }
            statement.setInt(next++, page.size() + 1);
            statement.setLong(next, page.offset());
            return read(statement, query.ordersByRank());
        });
    }

    private long countUpTo(SearchQuery query, int limit) {
        String sql = "SELECT count(*) FROM (SELECT 1 FROM product p WHERE " + query.where + " LIMIT ?) matches";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setInt(bind(statement, query.parameters), limit);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The planner's estimate of how many rows match, from EXPLAIN (no row is read). */
    private long estimate(SearchQuery query) {
        return jdbc.prepareStatement("EXPLAIN (FORMAT JSON) SELECT 1 FROM product p WHERE " + query.where,
                statement -> {
                    bind(statement, query.parameters);
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        Matcher rows = PLAN_ROWS.matcher(rs.getString(1));
                        return rows.find() ? Long.parseLong(rows.group(1)) : 0L;
                    }
                });
    }

    private static int bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        return index;
    }

    private static Rows read(PreparedStatement statement, boolean counted) throws SQLException {
        List<ProductRow> rows = new ArrayList<>();
        long totalMatches = -1;
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                if (counted) {
                    totalMatches = rs.getLong("total_matches");
                }
                rows.add(new ProductRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("description"), rs.getString("brand"),
                        rs.getObject("category_id", UUID.class), rs.getString("status"),
                        rs.getBigDecimal("price_amount"), rs.getString("price_currency"),
                        rs.getString("attributes"), rs.getLong("version"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), null));
            }
        }
        return new Rows(rows, totalMatches);
    }
}
