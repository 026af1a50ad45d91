package com.qeetmart.gateway.routing;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpRequest;
import io.opentelemetry.api.trace.Span;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Stands where the services are: records each call the proxy stage starts; the test answers through its relay. */
final class StandInUpstream implements Upstream {

    /** One call the stage started. */
    static final class Started implements Call {
        final HttpRequest request;
        final Route route;
        final String body;
        final UpstreamCall.Relay relay;
        boolean cancelled;

        Started(HttpRequest request, Route route, String body, UpstreamCall.Relay relay) {
            this.request = request;
            this.route = route;
            this.body = body;
            this.relay = relay;
        }

        @Override
        public void hold(boolean held) {
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    final List<Started> calls = new ArrayList<>();

    @Override
    public FullHttpResponse notReady(Route route, String correlationId, String path) {
        return null;
    }

    @Override
    public Call start(Channel client, HttpRequest request, RequestTarget target, Route route, ByteBuf body,
                      String correlationId, Span span, UpstreamCall.Relay relay) {
        Started call = new Started(request, route, body.toString(StandardCharsets.UTF_8), relay);
        calls.add(call);
        return call;
    }
}
