package com.qeetmart.gateway.web;

import com.qeetmart.gateway.GatewaySettings;
import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.problem.Problems;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS for browser clients: only allow-listed origins, with credentials. A preflight is answered
 * here (no token needed, nothing sent upstream); a request from an origin not on the list is
 * refused with 403 problem+json before it reaches a service. Requests without {@code Origin}
 * (servers, SDKs, curl) and same-origin ones (the docs portal) are not CORS and pass untouched.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class CorsFilter implements HttpServerFilter {

    private static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, "
            + "Idempotency-Key, x-correlation-id, traceparent";
    private static final String EXPOSED_HEADERS = "ETag, Location, Retry-After, x-correlation-id, "
            + "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset";

    private final Set<String> allowedOrigins;

    CorsFilter(GatewaySettings settings) {
        this.allowedOrigins = settings.cors().allowedOrigins().stream().map(String::trim)
                .filter(origin -> !origin.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || isSameOrigin(request, origin)) {
            return chain.proceed(request);
        }
        if (!allowedOrigins.contains(origin)) {
            return Publishers.just(Problems.response(request, ProblemKind.FORBIDDEN,
                    "Origin " + sanitized(origin) + " is not allowed to call this API").header(HttpHeaders.VARY, HttpHeaders.ORIGIN));
        }
        boolean preflight = request.getMethod() == HttpMethod.OPTIONS
                && request.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (preflight) {
            return Publishers.just(allow(HttpResponse.noContent(), origin)
                    .header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                    .header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                    .header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600"));
        }
        return Publishers.map(chain.proceed(request), response -> allow(response, origin)
                .header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS));
    }

    // The docs portal's "try it out" calls come from the gateway's own origin: not cross-origin.
    private static boolean isSameOrigin(HttpRequest<?> request, String origin) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private static MutableHttpResponse<?> allow(MutableHttpResponse<?> response, String origin) {
        return response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true")
                .header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }

    // The origin is echoed in the problem detail: keep it short and printable.
    private static String sanitized(String origin) {
        String printable = origin.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 100 ? printable.substring(0, 100) + "..." : printable;
    }

    @Override
    public int getOrder() {
        // After security headers, before rate limiting and token checks: preflights carry no token.
        return ServerFilterPhase.FIRST.after();
    }
}
