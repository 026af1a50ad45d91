package com.qeetmart.gateway.routing;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpRequest;
import io.opentelemetry.api.trace.Span;

/**
 * The seam where a proxied request leaves the gateway, as {@link Exchange} sees it: whether its
 * service takes requests now, and a call that relays the service's answer. {@link UpstreamCalls}
 * is the one implementation; a test stands in for it to drive the proxy stage message by message.
 */
interface Upstream {

    /** A call in flight, as the exchange steers it. */
    interface Call {
        /** The client cannot take more just now: stop reading the answer (true), or go on (false). */
        void hold(boolean held);

        /** The client's connection closed: whatever is in flight is dropped. */
        void cancel();
    }

    /** 503 with Retry-After when the route's service says it is not ready, else null. */
    FullHttpResponse notReady(Route route, String correlationId, String path);

    /** Sends the request (the body whole) and relays the answer; on the client connection's event loop. */
    Call start(Channel client, HttpRequest request, RequestTarget target, Route route, ByteBuf body,
               String correlationId, Span span, UpstreamCall.Relay relay);
}
