package com.qeetmart.gateway.routing;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpRequest;
import io.opentelemetry.api.trace.Span;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;

/**
 * The seam where a proxied request leaves the gateway: whether its service takes requests now,
 * and the {@link UpstreamCall} that sends it on the event loop's pool for that service.
 */
@Singleton
final class UpstreamCalls implements Upstream {

    private final UpstreamPools pools;
    private final UpstreamReadiness readiness;
    private final UpstreamRequests requests;
    private final UpstreamFailures failures;

    UpstreamCalls(UpstreamPools pools, UpstreamReadiness readiness, UpstreamRequests requests, UpstreamFailures failures) {
        this.pools = pools;
        this.readiness = readiness;
        this.requests = requests;
        this.failures = failures;
    }

    @Override
    public FullHttpResponse notReady(Route route, String correlationId, String path) {
        return readiness.accepts(route.upstream()) ? null : failures.notReady(route, correlationId, path);
    }

    /** Sends the request, its head rewritten for the service. */
    @Override
    public UpstreamCall start(Channel client, HttpRequest request, RequestTarget target, Route route, ByteBuf body,
                       String correlationId, Span span, UpstreamCall.Relay relay) {
        InetSocketAddress peer = (InetSocketAddress) client.remoteAddress();
        UpstreamRequests.Prepared prepared = requests.prepare(client.alloc(), request, target, route, body.readableBytes(), peer,
                correlationId, span);
        UpstreamFailures.OfRequest failing = failures.of(request.method().name(), target.rawPath(), route, correlationId, span);
        UpstreamCall call = new UpstreamCall(pools.of(client, route), prepared, body, failing, relay);
        call.start();
        return call;
    }
}
