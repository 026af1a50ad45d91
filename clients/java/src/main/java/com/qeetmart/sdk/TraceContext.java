package com.qeetmart.sdk;

import java.util.Map;

/**
 * The caller's trace as headers (W3C {@code traceparent} and {@code tracestate}, or any
 * propagator's), asked once per call and sent with each of its attempts, so the API's spans join
 * the caller's trace. With OpenTelemetry:
 * <pre>{@code
 * .traceContext(() -> {
 *     Map<String, String> carrier = new HashMap<>();
 *     GlobalOpenTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), carrier, Map::put);
 *     return carrier;
 * })
 * }</pre>
 * A header the SDK sets itself is never replaced, a malformed one is left out, and a context that
 * throws leaves the call untraced, never failed.
 */
@FunctionalInterface
public interface TraceContext {

    Map<String, String> headers();
}
