package com.qeetmart.platform.tracing;

import io.netty.handler.codec.http.HttpHeaders;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The server span of a request a Netty stage answers (the gateway's proxy, a direct read), as
 * Micronaut's tracing filter makes one for every other request: named after the route, in the
 * caller's W3C trace when it sent one, exported as the platform's OpenTelemetry settings say.
 */
@Singleton
public final class StageSpans {

    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> UPSTREAM = AttributeKey.stringKey("qeetmart.upstream");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    StageSpans(Optional<OpenTelemetry> openTelemetry) {
        OpenTelemetry otel = openTelemetry.orElse(OpenTelemetry.noop());
        this.tracer = otel.getTracer("qeetmart-edge");
        this.propagator = otel.getPropagators().getTextMapPropagator();
    }

    /**
     * A started span; it is exported only once {@link #end}ed (a direct read that falls back to
     * Micronaut drops it). {@code upstream} names the service a proxied request goes to, else null.
     */
    public Span start(String method, String route, String path, HttpHeaders incoming, String upstream) {
        SpanBuilder span = tracer.spanBuilder(method + " " + route)
                .setParent(propagator.extract(Context.root(), incoming, NettyHeaderGetter.INSTANCE))
                .setSpanKind(SpanKind.SERVER)
                .setAttribute(METHOD, method)
                .setAttribute(ROUTE, route)
                .setAttribute(PATH, path);
        if (upstream != null) {
            span.setAttribute(UPSTREAM, upstream);
        }
        return span.startSpan();
    }

    /** Writes the span's context into a request sent on (replacing the caller's). */
    public void inject(Span span, HttpHeaders outgoing) {
        outgoing.remove("traceparent");
        outgoing.remove("tracestate");
        propagator.inject(Context.root().with(span), outgoing, (carrier, key, value) -> carrier.set(key, value));
    }

    public void end(Span span, int status) {
        span.setAttribute(STATUS, (long) status);
        if (status >= 500) {
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
    }
}
