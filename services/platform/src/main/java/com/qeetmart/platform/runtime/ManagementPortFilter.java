package com.qeetmart.platform.runtime;

import com.qeetmart.platform.http.FilterOrder;
import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.problem.Problems;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The management port ({@code endpoints.all.port}, {@code MANAGEMENT_PORT}) serves {@code /health}
 * and {@code /prometheus} and nothing else: Micronaut would answer every route of the API there
 * too, and the API's port serves no management endpoint (Micronaut keeps those off it). So what a
 * network policy opens for probes and Prometheus opens nothing more.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
@Requires(property = "endpoints.all.port")
final class ManagementPortFilter implements Ordered {

    private final int managementPort;

    ManagementPortFilter(@Value("${endpoints.all.port}") int managementPort) {
        this.managementPort = managementPort;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> onlyManagementThere(HttpRequest<?> request) {
        if (request.getServerAddress().getPort() != managementPort || isManagement(request.getPath())) {
            return null;
        }
        return Problems.response(request, ProblemKind.NOT_FOUND, "The management port serves /health and /prometheus only");
    }

    static boolean isManagement(String path) {
        return path.equals("/health") || path.startsWith("/health/") || path.equals("/prometheus");
    }

    @Override
    public int getOrder() {
        return FilterOrder.MANAGEMENT_PORT;
    }
}
