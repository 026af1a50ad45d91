package com.qeetmart.platform.directwrite;

import com.qeetmart.platform.correlation.CorrelationId;
import com.qeetmart.platform.framing.RequestHeaders;
import com.qeetmart.platform.metrics.OperationTimers;
import com.qeetmart.platform.pipeline.StageAnswers;
import com.qeetmart.platform.tracing.StageSpans;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.AsciiString;
import io.opentelemetry.api.trace.Span;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;

/**
 * The answer to a direct write, as the controller's would be: its status and JSON body, its own
 * headers, the correlation id (the caller's, or a new one), {@code Cache-Control: no-store} (the
 * platform's default for every answer that sets no caching), {@code Date}, the connection's
 * header; with a server span and the operation's timer, as every request has.
 */
@Singleton
@Requires(beans = DirectWrite.class)
final class WriteAnswers {

    private static final AsciiString CORRELATION_ID = AsciiString.cached(CorrelationId.HEADER);

    private final JsonMapper json;
    private final OperationTimers timers;
    private final StageSpans spans;
    private final DirectWriteCounts counts;

    WriteAnswers(JsonMapper json, OperationTimers timers, StageSpans spans, DirectWriteCounts counts) {
        this.json = json;
        this.timers = timers;
        this.spans = spans;
        this.counts = counts;
    }

    /** A request taken: its correlation id and span, opened when its body is in. */
    record Started(DirectWrites.Plan plan, String correlationId, Span span) {
    }

    Started start(DirectWrites.Plan plan) {
        String correlationId = CorrelationId.acceptOrCreate(RequestHeaders.get(plan.request(), CORRELATION_ID));
        return new Started(plan, correlationId, spans.start("POST", plan.write().route(), plan.path(), plan.request(), null));
    }

    FullHttpResponse answer(Started started, DirectWrite.Written written) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(written.body());
        } catch (IOException e) {
            throw new UncheckedIOException("an API model did not serialize", e); // the stage falls back
        }
        DirectWrites.Plan plan = started.plan();
        FullHttpResponse response = new DefaultFullHttpResponse(plan.request().protocolVersion(),
                HttpResponseStatus.valueOf(written.status()), Unpooled.wrappedBuffer(body));
        written.headers().forEach(response.headers()::set);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE)
                .set(CORRELATION_ID, started.correlationId())
                .set(HttpHeaderNames.DATE, DateFormatter.format(new Date()));
        StageAnswers.markConnection(response, plan.request().protocolVersion(), plan.keepAlive());
        timers.record(plan.write().operation(), "POST", written.status(), System.nanoTime() - plan.startedNanos());
        spans.end(started.span(), written.status());
        counts.answered(plan.write().operation());
        return response;
    }

    /** A taken request goes on to Micronaut (its span is dropped: Micronaut's answer has its own). */
    void left(DirectWrites.Plan plan) {
        counts.left(plan.write().operation());
    }
}
