package com.qeetmart.products.product;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQL a search becomes: bound parameters only, and what the text may and may not turn into. */
class SearchQueryTest {

    private static ProductSearch search(String text, ProductSearch.SearchOrder order) {
        return new ProductSearch(text, null, null, null, null, null, null, order, true);
    }

    @Test
    void everyWordMustMatchTheLastAsAPrefix() {
        SearchQuery query = SearchQuery.of(search("Desk LAMP", null));
        assertEquals("desk & lamp:*", query.tsQuery);
        assertTrue(query.ordersByRank(), "text without an order sorts by relevance");
        assertEquals(List.of("desk & lamp:*"), query.parameters);
    }

    @Test
    void noUserTextCanFormTsquerySyntax() {
        SearchQuery query = SearchQuery.of(search("lamp') | !x:* & (<->", null));
        assertEquals("lamp & x:*", query.tsQuery, "only letters and digits reach to_tsquery");
        assertTrue(SearchQuery.hasNoWords("!!! ??? ---"), "nothing searchable matches nothing");
        assertFalse(SearchQuery.hasNoWords("café"), "letters of any script count");
    }

    @Test
    void atMostTenWordsAreSearched() {
        SearchQuery query = SearchQuery.of(search("a b c d e f g h i j k l", null));
        assertEquals("a & b & c & d & e & f & g & h & i & j:*", query.tsQuery);
    }

    @Test
    void criteriaBecomeBoundConditionsInOrder() {
        UUID category = UUID.randomUUID();
        SearchQuery query = SearchQuery.of(new ProductSearch(null, category, "Acme", null, new BigDecimal("5"),
                new BigDecimal("10"), "EUR", ProductSearch.SearchOrder.PRICE_ASC, false));
        assertEquals("p.deleted_at IS NULL AND p.category_id = ? AND lower(p.brand) = lower(?)"
                + " AND p.price_amount >= ? AND p.price_amount <= ? AND p.price_currency = ?", query.where);
        assertEquals(List.of(category, "Acme", new BigDecimal("5"), new BigDecimal("10"), "EUR"), query.parameters);
        assertEquals("p.price_amount ASC, p.id", query.orderBy);
        assertFalse(query.where.contains("Acme"), "values are never in the SQL text");
    }

    @Test
    void theCatalogAnyoneSeesIsActiveProductsNewestFirst() {
        SearchQuery query = SearchQuery.of(search(null, null));
        assertEquals("p.deleted_at IS NULL AND p.status = 'ACTIVE'", query.where);
        assertEquals("p.created_at DESC, p.id", query.orderBy);
        assertFalse(SearchQuery.of(search(null, ProductSearch.SearchOrder.RELEVANCE)).ordersByRank(),
                "relevance without text falls back to newest");
    }
}
