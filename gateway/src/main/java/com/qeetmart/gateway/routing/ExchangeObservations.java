package com.qeetmart.gateway.routing;

import com.qeetmart.platform.metrics.OperationTimers;
import com.qeetmart.platform.tracing.StageSpans;
import io.netty.handler.codec.http.HttpRequest;
import io.opentelemetry.api.trace.Span;
import jakarta.inject.Singleton;

/**
 * What is seen of each proxied request: its server span (in the caller's trace; the services'
 * spans hang under it) and its timer ({@code proxy <group>}, by method and status).
 */
@Singleton
final class ExchangeObservations {

    private final StageSpans spans;
    private final OperationTimers timers;

    ExchangeObservations(StageSpans spans, OperationTimers timers) {
        this.spans = spans;
        this.timers = timers;
    }

    Span start(String method, String path, Route route, HttpRequest incoming) {
        return spans.start(method, route.names().spanRoute(), path, incoming, route.upstream());
    }

    void end(Span span, Route route, String method, int status, long startedNanos) {
        timers.record(route.names().operation(), method, status, System.nanoTime() - startedNanos);
        spans.end(span, status);
    }
}
