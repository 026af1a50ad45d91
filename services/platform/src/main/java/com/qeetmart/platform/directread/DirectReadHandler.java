package com.qeetmart.platform.directread;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

import java.util.ArrayDeque;

/**
 * One connection's direct read stage, between the HTTP codec and Micronaut's handler. A request a
 * {@link DirectRead} serves is held while it is read on a JDBC thread; the answer is written here,
 * or, when the read found nothing to show, the request goes on to Micronaut as if the stage were not
 * there. Answers leave in the order the requests came: a request that arrives meanwhile waits, and
 * a direct read waits for Micronaut's earlier answers. Micronaut asks for reads itself (auto-read is
 * off); those asks are held while the stage owns the connection.
 */
final class DirectReadHandler extends ChannelDuplexHandler {

    private final DirectReads reads;
    private final ArrayDeque<Object> backlog = new ArrayDeque<>(2);
    private ChannelHandlerContext ctx;
    private DirectReads.Plan held;
    private LastHttpContent heldEnd;
    private boolean micronautOwnsContent;
    private int micronautAnswersPending;

    DirectReadHandler(DirectReads reads) {
        this.reads = reads;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!backlog.isEmpty() || mustWait(msg)) {
            backlog.add(msg);
            return;
        }
        dispatch(msg);
    }

    private boolean mustWait(Object msg) {
        if (held != null) {
            return heldEnd != null || !(msg instanceof HttpContent); // only its own end passes
        }
        return micronautAnswersPending > 0 && msg instanceof HttpRequest request && reads.plan(request) != null;
    }

    private void dispatch(Object msg) {
        if (msg instanceof HttpRequest request) {
            DirectReads.Plan plan = reads.plan(request);
            if (plan == null) {
                toMicronaut(msg);
                return;
            }
            micronautOwnsContent = false;
            held = plan;
            if (msg instanceof LastHttpContent end) {
                onEnd(end);
            } else {
                ctx.read(); // the end of a request without a body is on its way
            }
            return;
        }
        if (msg instanceof HttpContent content) {
            if (micronautOwnsContent) {
                ctx.fireChannelRead(msg);
            } else if (held != null && content.content().isReadable()) {
                fallBack(content); // a body after all: not a plain read
            } else if (held != null && content instanceof LastHttpContent end) {
                onEnd(end);
            } else if (held != null) {
                content.release();
                ctx.read();
            } else {
                content.release();
            }
            return;
        }
        ctx.fireChannelRead(msg);
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
            ctx.fireChannelReadComplete(); // Micronaut handles what it got when the read batch ends
            resume();
            return;
        }
        ReferenceCountUtil.release(heldEnd);
        held = null;
        heldEnd = null;
        if (plan.keepAlive()) {
            ctx.writeAndFlush(answer, ctx.voidPromise());
            resume();
        } else {
            ctx.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
            releaseBacklog();
        }
    }

    /** Hands the held request, and what of it has come, to Micronaut. */
    private void fallBack(HttpContent content) {
        HttpRequest request = held.request();
        held = null;
        heldEnd = null;
        toMicronaut(request);
        if (content != request) { // a request that came whole is its own end
            ctx.fireChannelRead(content);
        }
    }

    private void toMicronaut(Object msg) {
        micronautOwnsContent = true;
        micronautAnswersPending++;
        ctx.fireChannelRead(msg);
    }

    private void resume() {
        boolean dispatched = false;
        while (!backlog.isEmpty() && !mustWait(backlog.peek())) {
            dispatch(backlog.poll());
            dispatched = true;
        }
        if (dispatched) {
            ctx.fireChannelReadComplete(); // outside a read batch: end the one we replayed
        }
        if (held == null && backlog.isEmpty()) {
            ctx.read();
        }
    }

    @Override
    public void read(ChannelHandlerContext ctx) {
        if (held == null && backlog.isEmpty()) {
            ctx.read();
        }
        // else held: the stage reads again when it is done
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        // Only Micronaut's writes pass here (the stage writes from this handler's context).
        boolean answerEnds = msg instanceof LastHttpContent
                && !(msg instanceof HttpResponse response && response.status().codeClass() == HttpStatusClass.INFORMATIONAL);
        ctx.write(msg, promise);
        if (answerEnds && micronautAnswersPending > 0 && --micronautAnswersPending == 0 && !backlog.isEmpty()) {
            ctx.executor().execute(this::resume);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        ReferenceCountUtil.release(heldEnd);
        held = null;
        heldEnd = null;
        releaseBacklog();
        ctx.fireChannelInactive();
    }

    private void releaseBacklog() {
        backlog.forEach(ReferenceCountUtil::release);
        backlog.clear();
    }
}
