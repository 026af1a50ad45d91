package com.qeetmart.platform.tracing;

import com.qeetmart.platform.framing.RequestHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.AsciiString;
import io.opentelemetry.context.propagation.TextMapGetter;

/** Reads W3C trace headers from a Netty request, for the stages that answer below Micronaut ({@link RequestHeaders}). */
public enum NettyHeaderGetter implements TextMapGetter<HttpRequest> {
    INSTANCE;

    // The names the propagators ask for on every request, as names whose hash Netty computes once
    // (a String name is hashed character by character on each lookup).
    private static final AsciiString TRACEPARENT = AsciiString.cached("traceparent");
    private static final AsciiString TRACESTATE = AsciiString.cached("tracestate");
    private static final AsciiString BAGGAGE = AsciiString.cached("baggage");

    @Override
    public Iterable<String> keys(HttpRequest carrier) {
        return carrier.headers().names();
    }

    @Override
    public String get(HttpRequest carrier, String key) {
        return carrier == null ? null : RequestHeaders.get(carrier, nameOf(key));
    }

    private static AsciiString nameOf(String key) {
        return switch (key) {
            case "traceparent" -> TRACEPARENT;
            case "tracestate" -> TRACESTATE;
            case "baggage" -> BAGGAGE;
            default -> new AsciiString(key);
        };
    }
}
