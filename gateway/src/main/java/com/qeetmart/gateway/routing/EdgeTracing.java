package com.qeetmart.gateway.routing;

import com.qeetmart.platform.tracing.NettyHeaderGetter;
import io.netty.handler.codec.http.HttpHeaders;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * One server span per proxied request, in the caller's W3C trace when it sent one: the span the
 * services' own spans hang under (its context goes upstream as {@code traceparent}). Exported as
 * the platform's OpenTelemetry settings say (OTEL_TRACES_EXPORTER; none by default).
 */
@Singleton
final class EdgeTracing {

    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> UPSTREAM = AttributeKey.stringKey("qeetmart.upstream");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    EdgeTracing(Optional<OpenTelemetry> openTelemetry) {
        OpenTelemetry otel = openTelemetry.orElse(OpenTelemetry.noop());
        this.tracer = otel.getTracer("qeetmart-gateway");
        this.propagator = otel.getPropagators().getTextMapPropagator();
    }

    Span start(String method, String path, Route route, HttpHeaders incoming) {
        Context parent = propagator.extract(Context.root(), incoming, NettyHeaderGetter.INSTANCE);
        return tracer.spanBuilder(method + " " + RouteTable.PREFIX + "/" + route.group())
                .setParent(parent)
                .setSpanKind(SpanKind.SERVER)
                .setAttribute(METHOD, method)
                .setAttribute(PATH, path)
                .setAttribute(UPSTREAM, route.upstream())
                .startSpan();
    }

    /** Writes the span's context into the upstream request (replacing the caller's). */
    void inject(Span span, HttpHeaders upstream) {
        upstream.remove("traceparent");
        upstream.remove("tracestate");
        propagator.inject(Context.root().with(span), upstream, (carrier, key, value) -> carrier.set(key, value));
    }

    void end(Span span, int status) {
        span.setAttribute(STATUS, (long) status);
        if (status >= 500) {
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
    }
}
