package com.qeetmart.gateway.routing;

import com.qeetmart.platform.metrics.OperationMetricsFilter;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;

/**
 * Names a proxied request after its route group ("proxy products") before anything can refuse it,
 * so the per-operation metrics count refusals at the edge (401, 429) against the right group.
 */
@Filter(RouteTable.PREFIX + "/**")
final class RouteNamingFilter implements HttpServerFilter {

    private final RouteTable routes;

    RouteNamingFilter(RouteTable routes) {
        this.routes = routes;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        routes.routeOf(request)
                .ifPresent(route -> request.setAttribute(OperationMetricsFilter.OPERATION, "proxy " + route.group()));
        return chain.proceed(request);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before() - 1;
    }
}
