package com.qeetmart.gateway.ratelimit;

import com.qeetmart.platform.http.FilterOrder;
import com.qeetmart.platform.http.ClientOrigins;
import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.problem.Problems;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Limits requests per client address to the gateway's own operations (/docs, unknown paths); the
 * proxy stage limits /api/v1 with the same {@link RateLimiter}, before anything costly (token
 * checks, upstream calls) happens. Every limited response carries
 * {@code RateLimit-Limit/-Remaining/-Reset}; a refused one is 429 problem+json with
 * {@code Retry-After}. The liveness probe (/health) is never limited.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
@Requires(property = "qeetmart.gateway.rate-limit.enabled", value = "true", defaultValue = "true")
final class RateLimitFilter implements HttpServerFilter {

    private final RateLimiter limiter;
    private final ClientOrigins origins;

    RateLimitFilter(RateLimiter limiter, ClientOrigins origins) {
        this.limiter = limiter;
        this.origins = origins;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String path = request.getPath();
        // Liveness probes are never refused; /health/services is limited like any other request.
        if (path.equals("/health")) {
            return chain.proceed(request);
        }
        return Mono.fromCompletionStage(limiter.admit(origins.of(request).ipAddress(), null))
                .flatMapMany(decision -> decision.allowed()
                        ? Flux.from(chain.proceed(request)).map(response -> withHeaders(response, decision))
                        : Flux.just(withHeaders(refused(request, decision), decision)));
    }

    private static MutableHttpResponse<?> refused(HttpRequest<?> request, Decision decision) {
        return Problems.response(request, ProblemKind.TOO_MANY_REQUESTS, decision.refusal())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(decision.resetSeconds()));
    }

    private static MutableHttpResponse<?> withHeaders(MutableHttpResponse<?> response, Decision decision) {
        decision.headersTo(response::header);
        return response;
    }

    @Override
    public int getOrder() {
        return FilterOrder.RATE_LIMIT;
    }
}
