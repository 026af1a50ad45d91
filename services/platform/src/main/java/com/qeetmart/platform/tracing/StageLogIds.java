package com.qeetmart.platform.tracing;

import com.qeetmart.platform.correlation.CorrelationId;
import io.opentelemetry.api.trace.SpanContext;
import org.slf4j.MDC;

/**
 * The request's ids in the log context of code a Netty stage runs (outside Micronaut's context
 * propagation, which {@link TraceLogFilter} feeds): the same three keys, so a stage's log line
 * leads to its request and trace like any other.
 */
public final class StageLogIds implements AutoCloseable {

    private static final StageLogIds OPEN = new StageLogIds();

    private StageLogIds() {
    }

    /** Puts the ids in this thread's log context until {@link #close}. */
    public static StageLogIds open(String correlationId, SpanContext span) {
        MDC.put(CorrelationId.MDC_KEY, correlationId);
        MDC.put(TraceLogFilter.TRACE_ID, span.getTraceId());
        MDC.put(TraceLogFilter.SPAN_ID, span.getSpanId());
        return OPEN;
    }

    @Override
    public void close() {
        MDC.remove(CorrelationId.MDC_KEY);
        MDC.remove(TraceLogFilter.TRACE_ID);
        MDC.remove(TraceLogFilter.SPAN_ID);
    }
}
