package com.qeetmart.platform.directread;

import com.qeetmart.platform.pipeline.SharedConnectionStage;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

/**
 * One connection's direct read stage. A request a {@link DirectRead} serves is held while it is
 * read on a JDBC thread; the answer is written here, or, when the read found nothing to show, the
 * request goes on to Micronaut as if the stage were not there (ordering: {@link SharedConnectionStage}).
 */
final class DirectReadHandler extends SharedConnectionStage<DirectReads.Plan> {

    private final DirectReads reads;
    private DirectReads.Plan held;
    private LastHttpContent heldEnd;

    DirectReadHandler(DirectReads reads) {
        this.reads = reads;
    }

    @Override
    protected DirectReads.Plan plan(HttpRequest request) {
        return reads.plan(request);
    }

    @Override
    protected void start(HttpRequest head, DirectReads.Plan plan) {
        held = plan;
        if (head instanceof LastHttpContent end) {
            onEnd(end);
        } else {
            ctx.read(); // the end of a request without a body is on its way
        }
    }

    @Override
    protected void content(HttpContent content) {
        if (content.content().isReadable()) {
            fallBack(content); // a body after all: not a plain read
            finished(true);
        } else if (content instanceof LastHttpContent end) {
            onEnd(end);
        } else {
            content.release();
            ctx.read();
        }
    }

    @Override
    protected boolean owning() {
        return held != null;
    }

    @Override
    protected boolean ownsMessage(Object msg) {
        return heldEnd == null && msg instanceof HttpContent; // only its own end passes
    }

    @Override
    protected void closedWhileOwning() {
        ReferenceCountUtil.release(heldEnd);
        held = null;
        heldEnd = null;
    }

    private void onEnd(LastHttpContent end) {
        heldEnd = end;
        DirectReads.Plan plan = held;
        reads.answer(plan).whenComplete((answer, failure) -> ctx.executor().execute(() -> finish(plan, answer)));
    }

    private void finish(DirectReads.Plan plan, FullHttpResponse answer) {
        if (held != plan) { // the connection closed meanwhile
            ReferenceCountUtil.release(answer);
            return;
        }
        if (answer == null) {
            fallBack(heldEnd);
            finished(true);
            return;
        }
        ReferenceCountUtil.release(heldEnd);
        held = null;
        heldEnd = null;
        answer(answer, plan.keepAlive());
    }

    /** Hands the held request, and what of it has come, to Micronaut. */
    private void fallBack(HttpContent content) {
        HttpRequest request = held.request();
        held = null;
        heldEnd = null;
        toMicronaut(request);
        if (content != request) { // a request that came whole is its own end
            toMicronaut(content);
        }
    }
}
