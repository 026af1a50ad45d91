package com.qeetmart.gateway.routing;

import com.qeetmart.platform.correlation.CorrelationId;
import com.qeetmart.platform.http.ClientOrigins;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.opentelemetry.api.trace.Span;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;

/**
 * Turns a client's request into the request sent to the upstream service: same method, raw path
 * and query, body and end-to-end headers; hop-by-hop headers removed; the proxy headers the
 * services read (client address, proto, host, prefix, correlation id, the gateway span's trace
 * context). The body was read whole (at most the size limit), so it goes with a Content-Length.
 */
@Singleton
final class UpstreamRequests {

    static final String REQUEST_ID = "x-request-id";

    private final ClientOrigins origins;
    private final EdgeTracing tracing;

    UpstreamRequests(ClientOrigins origins, EdgeTracing tracing) {
        this.origins = origins;
        this.tracing = tracing;
    }

    FullHttpRequest of(HttpRequest client, RequestTarget target, Route route, ByteBuf body,
                       InetSocketAddress peer, String correlationId, Span span) {
        HttpHeaders received = client.headers();
        HttpHeaders headers = received.copy();
        HopByHop.strip(headers);
        boolean framed = headers.contains(HttpHeaderNames.CONTENT_LENGTH) || headers.contains(HttpHeaderNames.TRANSFER_ENCODING);
        headers.remove(HttpHeaderNames.TRANSFER_ENCODING);
        headers.remove(HttpHeaderNames.EXPECT);
        if (framed || body.isReadable()) {
            headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
        }
        String forwarded = received.get("X-Forwarded-For");
        headers.set("X-Forwarded-For", origins.forwardedFor(peer, forwarded));
        String proto = origins.isTrusted(peer) ? received.get("X-Forwarded-Proto") : null;
        headers.set("X-Forwarded-Proto", proto != null ? proto : "http");
        String host = received.get(HttpHeaderNames.HOST);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        headers.set("X-Forwarded-Prefix", RouteTable.PREFIX);
        headers.set(CorrelationId.HEADER, correlationId);
        headers.set(REQUEST_ID, correlationId);
        tracing.inject(span, headers);
        headers.set(HttpHeaderNames.HOST, route.base().getAuthority());
        String uri = route.upstreamPath() + (target.rawQuery() == null ? "" : "?" + target.rawQuery());
        return new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, client.method(), uri, body, headers, EmptyHttpHeaders.INSTANCE);
    }
}
