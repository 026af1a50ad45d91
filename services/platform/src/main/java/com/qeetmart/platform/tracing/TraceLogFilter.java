package com.qeetmart.platform.tracing;

import com.qeetmart.platform.http.FilterOrder;
import com.qeetmart.platform.correlation.CorrelationId;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import org.reactivestreams.Publisher;

import java.util.Map;

/**
 * Puts the request's trace and span ids next to its correlation id in every log line
 * ({@code mdc.traceId}, {@code mdc.spanId}), so a log line leads to its trace. Runs inside the
 * tracing filter, which has continued the caller's W3C trace (or started one).
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public final class TraceLogFilter implements HttpServerFilter {

    public static final String TRACE_ID = "traceId";
    public static final String SPAN_ID = "spanId";

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return chain.proceed(request);
        }
        // The whole MDC of the request, built here rather than copied from the current one (a
        // map copy per request showed in the profile): the correlation filter has run before.
        Map<String, String> state = Map.of(CorrelationId.MDC_KEY, CorrelationId.of(request),
                TRACE_ID, span.getTraceId(), SPAN_ID, span.getSpanId());
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty().plus(new MdcPropagationContext(state)).propagate()) {
            return chain.proceed(request);
        }
    }

    @Override
    public int getOrder() {
        return FilterOrder.TRACE_LOG;
    }
}
