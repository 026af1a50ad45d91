package com.qeetmart.gateway.routing;

import com.qeetmart.platform.correlation.CorrelationId;
import com.qeetmart.platform.http.ClientOrigins;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * Turns a client's request into the request sent to the upstream service: same method, query,
 * body and end-to-end headers, hop-by-hop headers removed, and the proxy headers the services
 * read (client address, correlation id; the trace context is OpenTelemetry's).
 */
@Singleton
class UpstreamRequests {

    static final String REQUEST_ID = "x-request-id";

    private final ClientOrigins origins;

    UpstreamRequests(ClientOrigins origins) {
        this.origins = origins;
    }

    MutableHttpRequest<?> of(HttpRequest<?> request, Route route) {
        // The raw path and query, exactly as the client encoded them.
        String query = request.getUri().getRawQuery();
        String base = route.base().toString();
        URI target = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + route.upstreamPath() + (query == null ? "" : "?" + query));
        MutableHttpRequest<?> upstream = request.mutate().uri(target);
        MutableHttpHeaders headers = upstream.getHeaders();
        HopByHop.strip(headers);
        // The client's X-Forwarded-For is read before it is replaced (both requests share the headers).
        boolean fromTrustedProxy = origins.fromTrustedProxy(request);
        headers.set("X-Forwarded-For", origins.forwardedFor(request));
        String proto = fromTrustedProxy ? request.getHeaders().get("X-Forwarded-Proto") : null;
        headers.set("X-Forwarded-Proto", proto != null ? proto : request.isSecure() ? "https" : "http");
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        headers.set("X-Forwarded-Prefix", RouteTable.PREFIX);
        String correlationId = CorrelationId.of(request);
        headers.set(CorrelationId.HEADER, correlationId);
        headers.set(REQUEST_ID, correlationId);
        // The trace context goes on as OpenTelemetry's client instrumentation writes it: the
        // caller's trace continued with the gateway's span as parent. The caller's own copy would
        // be a second, stale one.
        headers.remove("traceparent");
        headers.remove("tracestate");
        return upstream;
    }
}
