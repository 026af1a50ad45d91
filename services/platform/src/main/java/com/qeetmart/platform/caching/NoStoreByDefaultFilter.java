package com.qeetmart.platform.caching;

import com.qeetmart.platform.http.FilterOrder;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every answer that does not say how it may be cached gets {@code Cache-Control: no-store}:
 * tokens, profiles, stock, reservations and every error (problem+json) are never kept by a
 * browser, proxy or CDN. Only answers that set their own rule (the public catalog reads) are
 * cacheable, so caching is something an endpoint opts into, never something it forgets to stop.
 * {@code qeetmart.caching.no-store-by-default: false} turns it off for a whole application.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
@Requires(property = "qeetmart.caching.no-store-by-default", notEquals = "false")
final class NoStoreByDefaultFilter implements Ordered {

    static final String NO_STORE = "no-store";

    @ResponseFilter
    void noStoreUnlessSet(MutableHttpResponse<?> response) {
        if (!response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }

    @Override
    public int getOrder() {
        return FilterOrder.NO_STORE_BY_DEFAULT;
    }
}
