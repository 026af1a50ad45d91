package com.qeetmart.gateway.web;

import com.qeetmart.platform.http.FilterOrder;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;

/** {@link SecurityHeaders} on every response of the gateway's own operations (/health, /docs, 404s). */
@Filter(Filter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return Publishers.map(chain.proceed(request), response -> {
            MutableHttpHeaders headers = response.getHeaders();
            SecurityHeaders.applyTo(headers::set);
            headers.remove(SecurityHeaders.SERVER);
            return response;
        });
    }

    @Override
    public int getOrder() {
        return FilterOrder.SECURITY_HEADERS;
    }
}
