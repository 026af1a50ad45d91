package com.qeetmart.gateway.routing;

import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.problem.Problems;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.HttpServerConfiguration;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Streams every request under {@code /api/v1} to the service that serves it and the answer back.
 * Runs after the security filter: by then the edge access rule has let the request through.
 */
@Filter(RouteTable.PREFIX + "/**")
final class ProxyFilter implements HttpServerFilter {

    private final RouteTable routes;
    private final UpstreamRequests upstreamRequests;
    private final UpstreamFailures failures;
    private final ProxyHttpClient client;
    private final long maxRequestSize;

    ProxyFilter(RouteTable routes, UpstreamRequests upstreamRequests, UpstreamFailures failures, ProxyHttpClient client,
                HttpServerConfiguration server) {
        this.routes = routes;
        this.upstreamRequests = upstreamRequests;
        this.failures = failures;
        this.client = client;
        this.maxRequestSize = server.getMaxRequestSize();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String rawPath = request.getUri().getRawPath();
        Optional<Route> route = routes.routeOf(request);
        if (route.isEmpty()) {
            return chain.proceed(request);
        }
        if (climbsOut(rawPath)) {
            return Flux.just(Problems.response(request, ProblemKind.MALFORMED_REQUEST,
                    "Path segments '.' and '..' are not allowed"));
        }
        if (request.getContentLength() > maxRequestSize) {
            return Flux.just(failures.tooLarge(request, maxRequestSize));
        }
        // Read before the upstream request is built: building it strips the hop-by-hop headers.
        boolean clientCloses = wantsClose(request);
        return Flux.from(client.proxy(upstreamRequests.of(request, route.get())))
                .<MutableHttpResponse<?>>map(response -> fromUpstream(response, route.get(), clientCloses))
                .onErrorResume(error -> Flux.just(closingIf(clientCloses, failures.toProblem(request, route.get(), error))));
    }

    private static MutableHttpResponse<?> fromUpstream(MutableHttpResponse<?> response, Route route, boolean clientCloses) {
        HopByHop.strip(response.getHeaders());
        if (clientCloses) {
            response.getHeaders().set(HttpHeaders.CONNECTION, "close");
        }
        // Services answer Location as their own path (/products/{id}); clients know the gateway's.
        String location = response.getHeaders().get(HttpHeaders.LOCATION);
        if (location != null && location.startsWith("/" + route.group())) {
            response.getHeaders().set(HttpHeaders.LOCATION, RouteTable.PREFIX + location);
        }
        return response;
    }

    // A body refused half-way leaves unread bytes on the connection: it cannot carry another request.
    private static MutableHttpResponse<?> closingIf(boolean clientCloses, MutableHttpResponse<?> problem) {
        if (clientCloses || problem.code() == HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode()) {
            problem.getHeaders().set(HttpHeaders.CONNECTION, "close");
        }
        return problem;
    }

    private static boolean wantsClose(HttpRequest<?> request) {
        return request.getHeaders().getAll(HttpHeaders.CONNECTION).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("close"));
    }

    // A service must never see a path that leaves the route group it was routed by.
    private static boolean climbsOut(String rawPath) {
        for (String segment : rawPath.split("/")) {
            String decoded = segment.indexOf('%') >= 0 ? decode(segment) : segment;
            if (decoded.equals(".") || decoded.equals("..") || decoded.contains("/")) {
                return true;
            }
        }
        return false;
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return ".."; // an undecodable segment is refused like a climbing one
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
