package com.qeetmart.gateway.web;

import com.qeetmart.platform.http.FilterOrder;
import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.problem.Problems;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;

/** {@link CorsPolicy} in front of the gateway's own operations (the proxy stage applies it to /api/v1). */
@Filter(Filter.MATCH_ALL_PATTERN)
final class CorsFilter implements HttpServerFilter {

    private final CorsPolicy policy;

    CorsFilter(CorsPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        CorsPolicy.Verdict verdict = policy.judge(origin, request.getHeaders().get(HttpHeaders.HOST),
                request.getMethodName(), request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD));
        return switch (verdict) {
            case NOT_CORS -> chain.proceed(request);
            case REFUSED -> Publishers.just(Problems.response(request, ProblemKind.FORBIDDEN, CorsPolicy.refusal(origin))
                    .header(HttpHeaders.VARY, HttpHeaders.ORIGIN));
            case PREFLIGHT -> {
                MutableHttpResponse<?> preflight = HttpResponse.noContent();
                policy.preflightHeaders(origin, preflight::header);
                yield Publishers.just(preflight);
            }
            case ALLOWED -> Publishers.map(chain.proceed(request), response -> {
                policy.responseHeaders(origin, response::header);
                return response;
            });
        };
    }

    @Override
    public int getOrder() {
        return FilterOrder.GATEWAY_CORS;
    }
}
