package com.qeetmart.platform.pipeline;

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
 * A stage that shares each connection with Micronaut's handler behind it ({@link EdgePipeline}):
 * it takes some requests (a {@code P} plan says how to answer one) and leaves the rest, with their
 * bodies, to Micronaut. Answers leave in the order the requests came: while the stage owns the
 * connection, what arrives waits (only the stage's own request body passes); a request for the
 * stage waits while Micronaut still owes earlier answers. Micronaut asks for reads itself
 * (auto-read is off); those asks are held while the stage owns the connection.
 *
 * @param <P> what the stage decided about a request it takes
 */
public abstract class SharedConnectionStage<P> extends ChannelDuplexHandler {

    private final ArrayDeque<Object> backlog = new ArrayDeque<>(2);
    protected ChannelHandlerContext ctx;
    private boolean micronautOwnsContent;
    private int micronautAnswersPending;
    private boolean reading;
    private boolean handedOutsideRead;

    /** The plan for a request this stage answers, or null to leave it to Micronaut. */
    protected abstract P plan(HttpRequest request);

    /** Starts on a request this stage takes; {@code head} may carry (or be) its first content. */
    protected abstract void start(HttpRequest head, P plan);

    /** A piece of the body of the request the stage took. */
    protected abstract void content(HttpContent content);

    /** Whether the stage owns the connection (a request of its own is not answered yet). */
    protected abstract boolean owning();

    /** Whether, while {@link #owning}, this message is part of the stage's own request. */
    protected abstract boolean ownsMessage(Object msg);

    /** The client went away while the stage owned the connection. */
    protected abstract void closedWhileOwning();

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
        reading = true;
        try {
            dispatch(msg);
        } finally {
            reading = false;
        }
    }

    private boolean mustWait(Object msg) {
        if (owning()) {
            return !ownsMessage(msg);
        }
        return micronautAnswersPending > 0 && msg instanceof HttpRequest request && plan(request) != null;
    }

    private void dispatch(Object msg) {
        if (msg instanceof HttpRequest request) {
            P plan = plan(request);
            if (plan == null) {
                toMicronaut(msg);
            } else {
                micronautOwnsContent = false;
                start(request, plan);
            }
        } else if (msg instanceof HttpContent content) {
            if (micronautOwnsContent) {
                toMicronaut(msg);
            } else if (owning()) {
                content(content);
            } else {
                content.release(); // the rest of a body the stage refused before reading it
            }
        } else {
            toMicronaut(msg);
        }
    }

    /** Hands a request (or a piece of one) to Micronaut, which then owes its answer. */
    protected final void toMicronaut(Object msg) {
        if (msg instanceof HttpRequest) {
            micronautOwnsContent = true;
            micronautAnswersPending++;
        }
        handedOutsideRead |= !reading;
        ctx.fireChannelRead(msg);
    }

    /**
     * The stage's own request is answered (or handed to Micronaut); the connection goes on
     * unless it is closing, and what waited is taken up.
     */
    protected final void finished(boolean connectionGoesOn) {
        if (!connectionGoesOn) {
            releaseBacklog();
            return;
        }
        while (!backlog.isEmpty() && !mustWait(backlog.peek())) {
            dispatch(backlog.poll());
        }
        if (handedOutsideRead) {
            // Micronaut got messages outside a read batch: it handles (and flushes) them when one ends.
            handedOutsideRead = false;
            ctx.fireChannelReadComplete();
        }
        if (!owning() && backlog.isEmpty()) {
            ctx.read();
        }
    }

    /**
     * Writes the stage's own answer to the request it took, and goes on ({@link #finished}): the
     * connection stays open when the client keeps it, and closes once the answer is out otherwise.
     */
    protected final void answer(FullHttpResponse answer, boolean keepAlive) {
        if (keepAlive) {
            ctx.writeAndFlush(answer, ctx.voidPromise());
            finished(true);
        } else {
            ctx.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
            finished(false);
        }
    }

    @Override
    public void read(ChannelHandlerContext ctx) {
        if (!owning() && backlog.isEmpty()) {
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
            ctx.executor().execute(() -> finished(true));
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (owning()) {
            closedWhileOwning();
        }
        releaseBacklog();
        ctx.fireChannelInactive();
    }

    private void releaseBacklog() {
        backlog.forEach(ReferenceCountUtil::release);
        backlog.clear();
    }
}
