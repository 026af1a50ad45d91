package com.qeetmart.platform.tracing;

import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.AsciiString;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceId;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The server span of a request a Netty stage answers (the gateway's proxy, a direct read), as
 * Micronaut's tracing filter makes one for every other request: named after the route, in the
 * caller's W3C trace when it sent one, exported as the platform's OpenTelemetry settings say.
 * While no exporter is configured ({@code OTEL_TRACES_EXPORTER=none}, the default) nothing would
 * ever read a recorded span, so none is recorded: the span is only its context (the caller's trace
 * id, a span id of its own), enough for the log lines and for the services to continue the trace.
 */
@Singleton
public final class StageSpans {

    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> UPSTREAM = AttributeKey.stringKey("qeetmart.upstream");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AsciiString TRACEPARENT = AsciiString.cached("traceparent");
    private static final AsciiString TRACESTATE = AsciiString.cached("tracestate");
    /** The names {@link #isTraceContext} answers yes to. */
    public static final List<AsciiString> TRACE_CONTEXT = List.of(TRACEPARENT, TRACESTATE);

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final boolean recording;

    public StageSpans(Optional<OpenTelemetry> openTelemetry, @Value("${otel.traces.exporter:none}") String exporter) {
        OpenTelemetry otel = openTelemetry.orElse(OpenTelemetry.noop());
        this.tracer = otel.getTracer("qeetmart-edge");
        this.propagator = otel.getPropagators().getTextMapPropagator();
        this.recording = !"none".equalsIgnoreCase(exporter.trim());
    }

    /**
     * A started span; it is exported only once {@link #end}ed (a direct read that falls back to
     * Micronaut drops it). {@code upstream} names the service a proxied request goes to, else null.
     */
    public Span start(String method, String route, String path, HttpRequest incoming, String upstream) {
        Context parent = propagator.extract(Context.root(), incoming, NettyHeaderGetter.INSTANCE);
        if (!recording) {
            return contextOnly(Span.fromContext(parent).getSpanContext());
        }
        SpanBuilder span = tracer.spanBuilder(method + " " + route)
                .setParent(parent)
                .setSpanKind(SpanKind.SERVER)
                .setAttribute(METHOD, method)
                .setAttribute(ROUTE, route)
                .setAttribute(PATH, path);
        if (upstream != null) {
            span.setAttribute(UPSTREAM, upstream);
        }
        return span.startSpan();
    }

    // A span of the caller's trace (or a new one) that records nothing.
    private static Span contextOnly(SpanContext caller) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String traceId = caller.isValid() ? caller.getTraceId() : TraceId.fromLongs(random.nextLong(), random.nextLong() | 1);
        return Span.wrap(SpanContext.create(traceId, SpanId.fromLong(random.nextLong() | 1),
                caller.isValid() ? caller.getTraceFlags() : TraceFlags.getSampled(),
                caller.isValid() ? caller.getTraceState() : TraceState.getDefault()));
    }

    /**
     * The span's context as the headers of a request sent on, each handed to {@code header} (name,
     * value): they replace whatever trace context the caller sent ({@link #isTraceContext}).
     */
    public void inject(Span span, BiConsumer<String, String> header) {
        propagator.inject(Context.root().with(span), header, BiConsumer::accept);
    }

    /** Whether a caller's header is trace context the span's own replaces on the request sent on. */
    public static boolean isTraceContext(CharSequence name) {
        return AsciiString.contentEqualsIgnoreCase(name, TRACEPARENT) || AsciiString.contentEqualsIgnoreCase(name, TRACESTATE);
    }

    public void end(Span span, int status) {
        span.setAttribute(STATUS, (long) status);
        if (status >= 500) {
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
    }
}
