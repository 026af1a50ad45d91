package com.qeetmart.platform.directread;

import com.qeetmart.platform.caching.CacheKeys;
import com.qeetmart.platform.concurrency.IfMatch;
import com.qeetmart.platform.concurrency.IfNoneMatch;
import com.qeetmart.platform.correlation.CorrelationId;
import com.qeetmart.platform.framing.RequestHeaders;
import com.qeetmart.platform.metrics.OperationTimers;
import com.qeetmart.platform.persistence.DatabaseUnreachable;
import com.qeetmart.platform.pipeline.NettyProblems;
import com.qeetmart.platform.pipeline.StageAnswers;
import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.tracing.StageLogIds;
import com.qeetmart.platform.tracing.StageSpans;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Date;
import java.util.Optional;

/**
 * Reads what a plan names and writes the answer the controller would give: 200 with the JSON body
 * (or 304 when the caller's {@code If-None-Match} holds this version), {@code ETag},
 * {@code Cache-Control}, {@code Vary} ({@link CacheKeys}: its caller and the content coding), the
 * correlation id, a server span and the operation's timer. Runs on a direct-read thread, with the
 * request's ids in the MDC as every other request's log lines have them.
 */
@Singleton
@Requires(beans = DirectRead.class)
final class DirectAnswers {

    private static final AsciiString CORRELATION_ID = AsciiString.cached(CorrelationId.HEADER);

    private final JsonMapper json;
    private final OperationTimers timers;
    private final StageSpans spans;
    private final NettyProblems problems;

    DirectAnswers(JsonMapper json, OperationTimers timers, StageSpans spans, NettyProblems problems) {
        this.problems = problems;
        this.json = json;
        this.timers = timers;
        this.spans = spans;
    }

    /** The answer, or null when the read found nothing to show (Micronaut then answers). */
    FullHttpResponse answer(DirectReads.Plan plan) {
        HttpRequest incoming = plan.request();
        String correlationId = CorrelationId.acceptOrCreate(RequestHeaders.get(incoming, CORRELATION_ID));
        Span span = spans.start("GET", plan.read().route(), plan.path(), incoming, null);
        try (StageLogIds ids = StageLogIds.open(correlationId, span.getSpanContext()); Scope ignored = span.makeCurrent()) {
            Optional<Representation> found;
            try {
                found = plan.read().read(plan.key(), plan.caller());
            } catch (RuntimeException failure) {
                if (!DatabaseUnreachable.in(failure)) {
                    throw failure; // Micronaut answers it (and logs it)
                }
                found = null; // answered here: Micronaut would only wait for the pool a second time
            }
            if (found != null && found.isEmpty()) {
                return null; // the span is dropped: Micronaut's answer has its own
            }
            FullHttpResponse response = found == null ? databaseUnreachable(plan, correlationId)
                    : response(plan, found.get(), RequestHeaders.get(incoming, HttpHeaderNames.IF_NONE_MATCH));
            response.headers().set(CorrelationId.HEADER, correlationId);
            int status = response.status().code();
            timers.record(plan.read().operation(), "GET", status, System.nanoTime() - plan.startedNanos());
            spans.end(span, status);
            return response;
        }
    }

    private FullHttpResponse databaseUnreachable(DirectReads.Plan plan, String correlationId) {
        FullHttpResponse refused = problems.problem(ProblemKind.DATABASE_UNAVAILABLE,
                "The database cannot be reached just now; retry after " + DatabaseUnreachable.RETRY_AFTER_SECONDS + " s",
                correlationId, plan.path());
        refused.headers().set(HttpHeaderNames.RETRY_AFTER, DatabaseUnreachable.RETRY_AFTER_SECONDS)
                .set(HttpHeaderNames.DATE, DateFormatter.format(new Date()));
        if (!plan.keepAlive()) {
            refused.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        return refused;
    }

    private FullHttpResponse response(DirectReads.Plan plan, Representation found, String ifNoneMatch) {
        HttpVersion version = plan.request().protocolVersion();
        FullHttpResponse response;
        if (IfNoneMatch.holds(ifNoneMatch, found.version())) {
            response = new DefaultFullHttpResponse(version, HttpResponseStatus.NOT_MODIFIED);
        } else {
            byte[] body = serialize(found.body());
            response = new DefaultFullHttpResponse(version, HttpResponseStatus.OK, Unpooled.wrappedBuffer(body));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        }
        response.headers()
                .set(HttpHeaderNames.ETAG, IfMatch.etagOf(found.version()))
                .set(HttpHeaderNames.CACHE_CONTROL, found.cacheControl())
                .set(HttpHeaderNames.VARY, CacheKeys.VARY)
                .set(HttpHeaderNames.DATE, DateFormatter.format(new Date()));
        StageAnswers.markConnection(response, version, plan.keepAlive());
        return response;
    }

    private byte[] serialize(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("an API model did not serialize", e); // the stage falls back
        }
    }
}
