package com.qeetmart.gateway.routing;

import com.qeetmart.platform.correlation.CorrelationId;
import com.qeetmart.platform.framing.PlainRequest;
import com.qeetmart.platform.framing.RequestHeaders;
import com.qeetmart.platform.headers.HeaderNameSet;
import com.qeetmart.platform.http.ClientOrigins;
import com.qeetmart.platform.tracing.StageSpans;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.AsciiString;
import io.opentelemetry.api.trace.Span;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns a client's request into the request sent to the upstream service: same method, raw path
 * and query, body and end-to-end headers; hop-by-hop headers and Origin (CORS is the gateway's) removed; the proxy headers the
 * services read (client address, proto, host, prefix, correlation id, the gateway span's trace
 * context) set by the gateway alone, whatever the client sent under their names. The body was read
 * whole (at most the size limit), so it goes with a Content-Length. The head is written once, as it
 * goes on the wire ({@link UpstreamHead}).
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

    /**
     * What of the client's headers does not go on as it came: framing (the gateway's own on each
     * side), Expect (the body was read whole), Origin (CORS was judged here, Admission: a service
     * allows no browser origin and would refuse one it saw), Host and what the gateway sets below.
     */
    private static final List<AsciiString> REPLACED = List.of(HttpHeaderNames.HOST, HttpHeaderNames.CONTENT_LENGTH,
            HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderNames.EXPECT, HttpHeaderNames.ORIGIN, X_FORWARDED_FOR,
            X_FORWARDED_PROTO, X_FORWARDED_HOST, X_FORWARDED_PREFIX, CORRELATION_ID, REQUEST_ID);
    /** All a plain request's lines may not pass on under, whatever its Connection header names. */
    private static final HeaderNameSet NOT_PASSED_ON = new HeaderNameSet(
            Stream.of(HopByHop.NAMES, REPLACED, StageSpans.TRACE_CONTEXT).flatMap(List::stream).toList());

    private final ClientOrigins origins;
    private final StageSpans tracing;

    UpstreamRequests(ClientOrigins origins, StageSpans tracing) {
        this.origins = origins;
        this.tracing = tracing;
    }

    /** What goes upstream, prepared once per request (a retry sends the same again); its head is released once the call is over. */
    record Prepared(HttpMethod method, ByteBuf head) {

        /** Whether the method is safe to send twice (RFC 9110 section 9.2.2). */
        boolean idempotent() {
            return method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD) || method.equals(HttpMethod.OPTIONS)
                    || method.equals(HttpMethod.PUT) || method.equals(HttpMethod.DELETE);
        }
    }

    Prepared prepare(ByteBufAllocator alloc, HttpRequest client, RequestTarget target, Route route, int bodyLength,
                     InetSocketAddress peer, String correlationId, Span span) {
        String forwarded = RequestHeaders.get(client, X_FORWARDED_FOR);
        String proto = origins.isTrusted(peer) ? RequestHeaders.get(client, X_FORWARDED_PROTO) : null;
        String host = RequestHeaders.get(client, HttpHeaderNames.HOST);
        boolean framed = RequestHeaders.contains(client, HttpHeaderNames.CONTENT_LENGTH)
                || RequestHeaders.contains(client, HttpHeaderNames.TRANSFER_ENCODING);
        String uri = route.upstreamPath() + (target.rawQuery() == null ? "" : "?" + target.rawQuery());
        UpstreamHead head = new UpstreamHead(alloc, client.method(), uri);
        try {
            if (client instanceof PlainRequest plain && plain.asRead()) {
                head.passOn(plain.lines(), NOT_PASSED_ON); // line by line, as the client wrote them
            } else {
                HttpHeaders headers = client.headers();
                List<String> connectionListed = HopByHop.listedIn(headers);
                head.passOn(headers, name -> HopByHop.isHopByHop(name, connectionListed) || HopByHop.among(name, REPLACED)
                        || StageSpans.isTraceContext(name));
            }
            if (framed || bodyLength > 0) {
                head.add(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(bodyLength));
            }
            head.add(X_FORWARDED_FOR, origins.forwardedFor(peer, forwarded));
            head.add(X_FORWARDED_PROTO, proto != null ? proto : HTTP);
            if (host != null) {
                head.add(X_FORWARDED_HOST, host);
            }
            head.add(X_FORWARDED_PREFIX, PREFIX);
            head.add(CORRELATION_ID, correlationId);
            head.add(REQUEST_ID, correlationId);
            tracing.inject(span, head::add);
            head.add(HttpHeaderNames.HOST, route.base().getAuthority());
            return new Prepared(client.method(), head.end());
        } catch (RuntimeException e) {
            head.discard();
            throw e;
        }
    }
}
