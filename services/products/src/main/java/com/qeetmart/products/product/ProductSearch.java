package com.qeetmart.products.product;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What to search for; every non-null criterion must hold. {@code publicOnly} restricts the
 * result to ACTIVE products, as everyone but an admin sees the catalog.
 */
public record ProductSearch(String text, UUID categoryId, String brand, ProductState state,
                            BigDecimal minPrice, BigDecimal maxPrice, String currency,
                            SearchOrder order, boolean publicOnly) {

    public enum SearchOrder {
        RELEVANCE, NEWEST, OLDEST, NAME_ASC, NAME_DESC, PRICE_ASC, PRICE_DESC
    }
}
