package com.qeetmart.platform.correlation;

import com.qeetmart.platform.http.FilterOrder;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;

import java.util.Map;

/**
 * Gives every request a correlation id before anything else runs (security included), so that
 * every log line, every error body and the response header carry it.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class CorrelationIdFilter implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String id = CorrelationId.acceptOrCreate(request.getHeaders().get(CorrelationId.HEADER));
        request.setAttribute(CorrelationId.ATTRIBUTE, id);
        MdcPropagationContext mdc = new MdcPropagationContext(Map.of(CorrelationId.MDC_KEY, id));
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty().plus(mdc).propagate()) {
            return Publishers.map(chain.proceed(request), response -> {
                // Set, not added: a proxied response may already carry the same id.
                response.getHeaders().set(CorrelationId.HEADER, id);
                return response;
            });
        }
    }

    @Override
    public int getOrder() {
        return FilterOrder.CORRELATION_ID;
    }
}
