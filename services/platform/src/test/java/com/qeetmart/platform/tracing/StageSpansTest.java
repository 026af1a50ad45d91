package com.qeetmart.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import org.junit.jupiter.api.Test;

import java.util.Optional;

/** With no exporter, a stage's span records nothing yet carries the caller's trace on to the service. */
class StageSpansTest {

    private static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final StageSpans spans = new StageSpans(
            Optional.of(OpenTelemetry.propagating(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))), "none");

    @Test
    void theCallersTraceGoesOnWithASpanOfTheGatewaysOwn() {
        HttpRequest incoming = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/v1/products/1");
        incoming.headers().set("traceparent", "00-" + CALLER_TRACE + "-00f067aa0ba902b7-01");
        Span span = spans.start("GET", "/api/v1/products", "/api/v1/products/1", incoming, "products");

        assertFalse(span.isRecording(), "nothing reads a recorded span without an exporter");
        assertEquals(CALLER_TRACE, span.getSpanContext().getTraceId());
        assertNotEquals("00f067aa0ba902b7", span.getSpanContext().getSpanId());

        HttpHeaders upstream = new DefaultHttpHeaders();
        spans.inject(span, upstream::set);
        assertEquals("00-" + CALLER_TRACE + "-" + span.getSpanContext().getSpanId() + "-01", upstream.get("traceparent"));
        assertTrue(StageSpans.isTraceContext("TraceParent") && StageSpans.isTraceContext("tracestate"));
        assertFalse(StageSpans.isTraceContext("baggage"), "what the span does not replace goes on as the caller sent it");
        spans.end(span, 200);
    }

    @Test
    void aRequestWithoutATraceStartsOne() {
        Span span = spans.start("GET", "/api/v1/products", "/api/v1/products/1",
                new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/v1/products/1"), null);
        assertTrue(span.getSpanContext().isValid());
        assertTrue(span.getSpanContext().isSampled(), "the services record their spans of it as before");
    }
}
