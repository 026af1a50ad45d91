package com.qeetmart.gateway.routing;

import com.qeetmart.platform.correlation.CorrelationId;
import com.qeetmart.platform.http.ClientOrigins;
import com.qeetmart.platform.tracing.StageSpans;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import io.opentelemetry.api.trace.Span;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;

/**
 * Turns a client's request into the request sent to the upstream service: same method, raw path
 * and query, body and end-to-end headers; hop-by-hop headers and Origin (CORS is the gateway's) removed; the proxy headers the
 * services read (client address, proto, host, prefix, correlation id, the gateway span's trace
 * context). The body was read whole (at most the size limit), so it goes with a Content-Length.
 */
@Singleton
final class UpstreamRequests {

    private static final AsciiString REQUEST_ID = AsciiString.cached("x-request-id");
    private static final AsciiString CORRELATION_ID = AsciiString.cached(CorrelationId.HEADER);
    private static final AsciiString X_FORWARDED_FOR = AsciiString.cached("X-Forwarded-For");
    private static final AsciiString X_FORWARDED_PROTO = AsciiString.cached("X-Forwarded-Proto");
    private static final AsciiString X_FORWARDED_HOST = AsciiString.cached("X-Forwarded-Host");
    private static final AsciiString X_FORWARDED_PREFIX = AsciiString.cached("X-Forwarded-Prefix");
    private static final AsciiString PREFIX = AsciiString.cached(RouteTable.PREFIX);
    private static final AsciiString HTTP = AsciiString.cached("http");

    private final ClientOrigins origins;
    private final StageSpans tracing;

    UpstreamRequests(ClientOrigins origins, StageSpans tracing) {
        this.origins = origins;
        this.tracing = tracing;
    }

    /** What goes upstream, prepared once per request (a retry sends the same again). */
    record Prepared(HttpMethod method, String uri, HttpHeaders headers) {

        FullHttpRequest message(ByteBuf body) {
            return new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, uri, body, headers, EmptyHttpHeaders.INSTANCE);
        }

        /** Whether the method is safe to send twice (RFC 9110 section 9.2.2). */
        boolean idempotent() {
            return method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD) || method.equals(HttpMethod.OPTIONS)
                    || method.equals(HttpMethod.PUT) || method.equals(HttpMethod.DELETE);
        }
    }

    /** Rewrites the client's request headers in place into the upstream request's (they are not needed after). */
    Prepared prepare(HttpRequest client, RequestTarget target, Route route, int bodyLength,
                     InetSocketAddress peer, String correlationId, Span span) {
        HttpHeaders headers = client.headers();
        String forwarded = headers.get(X_FORWARDED_FOR);
        String proto = origins.isTrusted(peer) ? headers.get(X_FORWARDED_PROTO) : null;
        String host = headers.get(HttpHeaderNames.HOST);
        HopByHop.strip(headers);
        boolean framed = headers.contains(HttpHeaderNames.CONTENT_LENGTH) || headers.contains(HttpHeaderNames.TRANSFER_ENCODING);
        headers.remove(HttpHeaderNames.TRANSFER_ENCODING);
        headers.remove(HttpHeaderNames.EXPECT);
        // CORS was judged here (Admission): a service allows no browser origin and would refuse
        // one it saw, so an allowed browser request goes on without it.
        headers.remove(HttpHeaderNames.ORIGIN);
        if (framed || bodyLength > 0) {
            headers.setInt(HttpHeaderNames.CONTENT_LENGTH, bodyLength);
        }
        headers.set(X_FORWARDED_FOR, origins.forwardedFor(peer, forwarded));
        headers.set(X_FORWARDED_PROTO, proto != null ? proto : HTTP);
        if (host != null) {
            headers.set(X_FORWARDED_HOST, host);
        }
        headers.set(X_FORWARDED_PREFIX, PREFIX);
        headers.set(CORRELATION_ID, correlationId);
        headers.set(REQUEST_ID, correlationId);
        tracing.inject(span, headers);
        headers.set(HttpHeaderNames.HOST, route.base().getAuthority());
        String uri = route.upstreamPath() + (target.rawQuery() == null ? "" : "?" + target.rawQuery());
        return new Prepared(client.method(), uri, headers);
    }
}
