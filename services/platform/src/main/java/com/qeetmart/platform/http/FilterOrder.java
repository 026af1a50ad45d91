package com.qeetmart.platform.http;

import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The order of every HTTP filter of the services and the gateway, in one table, outermost first
 * (a lower number sees the request earlier and the response later). Each stands inside the range
 * of a {@link ServerFilterPhase} ({@code before()} to {@code after()}), and no two share a number,
 * so the chain never depends on how equal orders happen to be sorted. Micronaut's own filters sit
 * at their phase's {@code order()}: its CORS filter and metrics in METRICS, tracing in TRACING,
 * the security filter at SECURITY's.
 */
public final class FilterOrder {

    /** First: every answer, a refusal by any filter below included, carries the id, and every log line. */
    public static final int CORRELATION_ID = ServerFilterPhase.FIRST.before();
    /** Services: a disallowed Origin is refused with a problem of its own, outside Micronaut's CORS filter. */
    public static final int CROSS_ORIGIN_REFUSAL = CORRELATION_ID + 1;
    /** Gateway: the security headers go on every answer below, refusals included. */
    public static final int SECURITY_HEADERS = ServerFilterPhase.FIRST.order();
    /** {@code Cache-Control: no-store} on any answer that set no caching of its own, 401/403 included. */
    public static final int NO_STORE_BY_DEFAULT = SECURITY_HEADERS + 1;
    /** The management port serves /health and /prometheus only: an API route there is 404, whoever asks. */
    public static final int MANAGEMENT_PORT = ServerFilterPhase.FIRST.after() - 1;
    /** Per-operation timings, inside the filters above so that refusals below are counted too. */
    public static final int OPERATION_METRICS = ServerFilterPhase.METRICS.order();
    /** Trace and span ids into the log context, once Micronaut's tracing filter has opened the span. */
    public static final int TRACE_LOG = ServerFilterPhase.TRACING.after();
    /**
     * Gateway: the edge's checks ({@code AdmissionKernel}, in {@code CheckPoint} order: CORS, path,
     * rate limit, token, scope) in front of its own operations, as the proxy stage runs them in
     * front of /api/v1. Before Micronaut's security filter, so a flood of bad tokens is limited
     * too; inside metrics and tracing, so refusals are counted as the proxy stage counts them.
     */
    public static final int EDGE_ADMISSION = ServerFilterPhase.SECURITY.before();
    /**
     * NUL bytes and lone surrogates refused after authentication (an anonymous caller of a protected
     * operation is told to sign in first) and before anything reads the input.
     */
    public static final int UNSAFE_TEXT = ServerFilterPhase.SECURITY.after();

    private FilterOrder() {
    }
}
