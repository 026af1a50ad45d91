package com.qeetmart.products.product;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds the SQL of a product search: a WHERE clause of bound parameters only, and an ORDER BY
 * chosen from a fixed list. Text search uses the GIN-indexed tsvector: every word must match,
 * the last one as a prefix so results appear while a user types.
 */
final class SearchQuery {

    private static final int MAX_WORDS = 10;

    final String where;
    final String orderBy;
    final List<Object> parameters;
    final String tsQuery;

    private SearchQuery(String where, String orderBy, List<Object> parameters, String tsQuery) {
        this.where = where;
        this.orderBy = orderBy;
        this.parameters = parameters;
        this.tsQuery = tsQuery;
    }

    static SearchQuery of(ProductSearch search) {
        List<String> conditions = new ArrayList<>(List.of("p.deleted_at IS NULL"));
        List<Object> parameters = new ArrayList<>();
        String tsQuery = search.text() == null ? null : tsQueryOf(search.text());
        if (tsQuery != null) {
            conditions.add("p.search_vector @@ to_tsquery('english', ?)");
            parameters.add(tsQuery);
        }
        if (search.categoryId() != null) {
            conditions.add("p.category_id = ?");
            parameters.add(search.categoryId());
        }
        if (search.brand() != null) {
            conditions.add("lower(p.brand) = lower(?)");
            parameters.add(search.brand());
        }
        if (search.publicOnly()) {
            conditions.add("p.status = 'ACTIVE'");
        }
        if (search.state() != null) {
            conditions.add("p.status = ?");
            parameters.add(search.state().name());
        }
        if (search.minPrice() != null) {
            conditions.add("p.price_amount >= ?");
            parameters.add(search.minPrice());
        }
        if (search.maxPrice() != null) {
            conditions.add("p.price_amount <= ?");
            parameters.add(search.maxPrice());
        }
        if (search.currency() != null) {
            conditions.add("p.price_currency = ?");
            parameters.add(search.currency());
        }
        return new SearchQuery(String.join(" AND ", conditions), orderBy(search.order(), tsQuery != null),
                parameters, tsQuery);
    }

    /** Whether the text had no searchable word at all (such a search matches nothing). */
    static boolean hasNoWords(String text) {
        return text != null && tsQueryOf(text) == null;
    }

    private static String orderBy(ProductSearch.SearchOrder order, boolean hasText) {
        ProductSearch.SearchOrder effective = order != null ? order
                : hasText ? ProductSearch.SearchOrder.RELEVANCE : ProductSearch.SearchOrder.NEWEST;
        return switch (effective) {
            case RELEVANCE -> hasText
                    ? "ts_rank(p.search_vector, to_tsquery('english', ?)) DESC, p.id"
                    : "p.created_at DESC, p.id";
            case NEWEST -> "p.created_at DESC, p.id";
            case OLDEST -> "p.created_at ASC, p.id DESC";
            case NAME_ASC -> "lower(p.name) ASC, p.id";
            case NAME_DESC -> "lower(p.name) DESC, p.id DESC";
            case PRICE_ASC -> "p.price_amount ASC, p.id";
            case PRICE_DESC -> "p.price_amount DESC, p.id DESC";
        };
    }

    boolean ordersByRank() {
        return orderBy.startsWith("ts_rank");
    }

    // Only letters and digits reach to_tsquery, so no user input can form tsquery syntax.
    private static String tsQueryOf(String text) {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .limit(MAX_WORDS)
                .collect(Collectors.toCollection(ArrayList::new));
        if (words.isEmpty()) {
            return null;
        }
        int last = words.size() - 1;
        words.set(last, words.get(last) + ":*");
        return String.join(" & ", words);
    }
}
