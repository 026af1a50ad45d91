package com.qeetmart.gateway.routing;

import com.qeetmart.platform.correlation.CorrelationId;
import com.qeetmart.platform.http.ClientOrigins;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;
import java.net.URI;

/**
 * Turns a client's request into the request sent to the upstream service: same method, query,
 * body and end-to-end headers, hop-by-hop headers removed, and the proxy headers the services
 * read (client address, correlation id, trace context).
 */
@Singleton
class UpstreamRequests {

    static final String REQUEST_ID = "x-request-id";
    static final String TRACEPARENT = "traceparent";

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
        String peer = peerOf(request);
        boolean fromTrustedProxy = origins.trusts(peer);
        String forwardedFor = request.getHeaders().get("X-Forwarded-For");
        headers.set("X-Forwarded-For", fromTrustedProxy && forwardedFor != null ? forwardedFor + ", " + peer : peer);
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
        headers.set(TRACEPARENT, TraceParent.forUpstream(request.getHeaders().get(TRACEPARENT), correlationId));
        return upstream;
    }

    private static String peerOf(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
