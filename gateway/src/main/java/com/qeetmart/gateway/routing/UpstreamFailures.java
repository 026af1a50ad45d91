package com.qeetmart.gateway.routing;

import com.qeetmart.platform.pipeline.NettyProblems;
import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.tracing.StageLogIds;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.timeout.ReadTimeoutException;
import io.opentelemetry.api.trace.Span;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the client gets when its request could not be proxied: 504 when the service took longer
 * than the upstream read timeout, 502 when it could not be reached (refused, reset, closed before
 * it answered), 503 with Retry-After when it says it is not ready ({@link UpstreamReadiness}). Each
 * failure to proxy is logged once, with the request's correlation and trace ids.
 */
@Singleton
final class UpstreamFailures {

    private static final Logger LOG = LoggerFactory.getLogger(UpstreamFailures.class);

    private static final int NOT_READY_RETRY_AFTER_SECONDS = 1;

    private final NettyProblems problems;
    private final String timeout;

    UpstreamFailures(NettyProblems problems, ProxySettings settings) {
        this.problems = problems;
        this.timeout = settings.readTimeoutMillis + " ms";
    }

    /** How a call that got no answer is told to the client, with the request's ids in the log. */
    record OfRequest(UpstreamFailures failures, String method, String path, Route route, String correlationId, Span span) {
        FullHttpResponse problem(Throwable cause) {
            return failures.toProblem(method, path, route, cause, correlationId, span);
        }
    }

    OfRequest of(String method, String path, Route route, String correlationId, Span span) {
        return new OfRequest(this, method, path, route, correlationId, span);
    }

    FullHttpResponse toProblem(String method, String path, Route route, Throwable error, String correlationId, Span span) {
        boolean timedOut = error instanceof ReadTimeoutException;
        try (StageLogIds ids = StageLogIds.open(correlationId, span.getSpanContext())) {
            if (timedOut) {
                LOG.warn("{} {}: {} did not answer within {}", method, path, route.upstream(), timeout);
            } else {
                LOG.warn("{} {}: {} unreachable: {}", method, path, route.upstream(), error.toString());
            }
        }
        if (timedOut) {
            return problems.problem(ProblemKind.UPSTREAM_TIMEOUT,
                    "The " + route.upstream() + " service did not answer within " + timeout, correlationId, path);
        }
        return problems.problem(ProblemKind.UPSTREAM_UNAVAILABLE,
                "The " + route.upstream() + " service is unavailable", correlationId, path);
    }

    /** The service says it is not ready (starting, or its own dependency away): try again shortly. */
    FullHttpResponse notReady(Route route, String correlationId, String path) {
        FullHttpResponse answer = problems.problem(ProblemKind.SERVICE_NOT_READY,
                "The " + route.upstream() + " service is not ready; retry after " + NOT_READY_RETRY_AFTER_SECONDS + " s",
                correlationId, path);
        answer.headers().set(HttpHeaderNames.RETRY_AFTER, NOT_READY_RETRY_AFTER_SECONDS);
        return answer;
    }
}
