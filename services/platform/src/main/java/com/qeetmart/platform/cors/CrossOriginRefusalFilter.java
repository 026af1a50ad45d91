package com.qeetmart.platform.cors;

import com.qeetmart.platform.http.FilterOrder;
import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.problem.Problems;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;

/**
 * A service allows no browser origin (browsers call the API through the gateway, which has the
 * allow-list), so Micronaut's CORS check refuses every request that names one, with an empty 403.
 * This turns that refusal into problem+json ({@code CROSS_ORIGIN_REFUSED}) saying where to go, like
 * every other error. Answers that already have a body are left as they are.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class CrossOriginRefusalFilter implements Ordered {

    @ResponseFilter
    MutableHttpResponse<?> explain(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean emptyRefusal = response.status() == HttpStatus.FORBIDDEN && response.getBody().isEmpty()
                && request.getHeaders().contains(HttpHeaders.ORIGIN);
        if (!emptyRefusal) {
            return response;
        }
        // The refusal keeps its headers (correlation id, no-store) and gains the problem.
        MutableHttpResponse<?> problem = Problems.response(request, ProblemKind.FORBIDDEN, ProblemKind.CROSS_ORIGIN_REFUSED,
                "Requests from the browser origin " + request.getHeaders().get(HttpHeaders.ORIGIN)
                        + " are not accepted here; browsers call the API through the gateway", List.of());
        return response.body(problem.body()).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE);
    }

    @Override
    public int getOrder() {
        return FilterOrder.CROSS_ORIGIN_REFUSAL;
    }
}
