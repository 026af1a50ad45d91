package com.qeetmart.platform.directread;

import com.qeetmart.platform.tracing.NettyHeaderGetter;
import io.netty.handler.codec.http.HttpHeaders;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The server span of a direct read, as Micronaut's tracing filter makes one for every other
 * request: named after the route, in the caller's W3C trace when it sent one.
 */
@Singleton
final class ServerSpans {

    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    ServerSpans(Optional<OpenTelemetry> openTelemetry) {
        OpenTelemetry otel = openTelemetry.orElse(OpenTelemetry.noop());
        this.tracer = otel.getTracer("qeetmart-direct-read");
        this.propagator = otel.getPropagators().getTextMapPropagator();
    }

    /** A started span; it is exported only once {@link #end}ed (a read that falls back drops it). */
    Span start(String route, String path, HttpHeaders incoming) {
        return tracer.spanBuilder("GET " + route)
                .setParent(propagator.extract(Context.root(), incoming, NettyHeaderGetter.INSTANCE))
                .setSpanKind(SpanKind.SERVER)
                .setAttribute(METHOD, "GET")
                .setAttribute(ROUTE, route)
                .setAttribute(PATH, path)
                .startSpan();
    }

    void end(Span span, int status) {
        span.setAttribute(STATUS, (long) status);
        span.end();
    }
}
