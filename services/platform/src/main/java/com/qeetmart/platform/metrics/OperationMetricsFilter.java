package com.qeetmart.platform.metrics;

import com.qeetmart.platform.http.FilterOrder;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import org.reactivestreams.Publisher;

/**
 * Times every request as {@code qeetmart.http.server.requests} ({@link OperationTimers}), tagged with the contract's operation id (the generated
 * interface's method name, so the metric speaks the API's language), the method, the status and
 * the outcome: request rate, error rate and latency per operation come from this one timer.
 * Requests no operation matched are tagged {@code operation=unmatched}, or whatever a filter put in
 * {@link #OPERATION} (the gateway names its proxied route groups so).
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public final class OperationMetricsFilter implements HttpServerFilter {

    public static final String OPERATION = "qeetmart.operation";

    private final OperationTimers timers;

    OperationMetricsFilter(OperationTimers timers) {
        this.timers = timers;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (request.getPath().equals("/prometheus")) {
            return chain.proceed(request);
        }
        long started = System.nanoTime();
        return Publishers.map(chain.proceed(request), response -> {
            timers.record(operationOf(request), request.getMethodName(), response.code(), System.nanoTime() - started);
            return response;
        });
    }

    private static String operationOf(HttpRequest<?> request) {
        return request.getAttribute(OPERATION, String.class).orElseGet(() -> RouteAttributes.getRouteMatch(request)
                .filter(MethodBasedRouteMatch.class::isInstance)
                .map(match -> ((MethodBasedRouteMatch<?, ?>) match).getMethodName())
                .orElse("unmatched"));
    }

    @Override
    public int getOrder() {
        return FilterOrder.OPERATION_METRICS;
    }
}
