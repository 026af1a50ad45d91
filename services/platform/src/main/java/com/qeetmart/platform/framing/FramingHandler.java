package com.qeetmart.platform.framing;

import com.qeetmart.platform.correlation.CorrelationId;
import com.qeetmart.platform.pipeline.NettyProblems;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The first stage after the decoder: a head {@link FramingRules} refuses is answered here (problem+json,
 * {@code Connection: close}) and the connection closes, but only after the answers owed to the
 * requests before it have gone out, so answers keep the order of requests. Nothing read after a
 * refusal, or after a body the decoder could not read, is taken for a request. It also keeps the
 * client's deadlines ({@link ClientDeadlines}: a connection that keeps us waiting for a head or a
 * body's next piece is closed) and stops reading while the client does not read its answers.
 */
final class FramingHandler extends ChannelDuplexHandler {

    private final NettyProblems problems;
    private final long timeoutNanos;
    private final LongSupplier clock;
    private ChannelHandlerContext ctx;
    private long lastProgress;
    private boolean bodyIncomplete;
    private boolean readHeld;
    private int answersOwed;
    private boolean informationalHead;
    private boolean ended;
    private FullHttpResponse heldRefusal;

    FramingHandler(NettyProblems problems, ClientDeadlines deadlines, LongSupplier clock) {
        this.problems = problems;
        this.timeoutNanos = deadlines.timeout().toNanos();
        this.clock = clock;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        lastProgress = clock.getAsLong();
        ctx.executor().schedule(this::checkDeadline, timeoutNanos, TimeUnit.NANOSECONDS);
    }

    // One check per connection at a time, rescheduled for what is left (as Netty's IdleStateHandler
    // does): a request costs a clock read, not a timer.
    private void checkDeadline() {
        if (!ctx.channel().isActive() || ended) {
            return;
        }
        long waited = clock.getAsLong() - lastProgress;
        boolean waitingForClient = answersOwed == 0 || bodyIncomplete;
        if (waitingForClient && waited >= timeoutNanos) {
            ended = true;
            ctx.close(); // a head not finished, a body stalled, or an idle keep-alive connection
            return;
        }
        long next = waitingForClient ? timeoutNanos - waited : timeoutNanos;
        ctx.executor().schedule(this::checkDeadline, next, TimeUnit.NANOSECONDS);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (ended) {
            ReferenceCountUtil.release(msg); // after a refusal: whatever it is, it is not a request
            return;
        }
        lastProgress = clock.getAsLong();
        if (msg instanceof HttpRequest head) {
            FramingRules.Refusal refusal = FramingRules.judge(head);
            if (refusal != null) {
                ReferenceCountUtil.release(msg);
                refuse(ctx, refusal);
                return;
            }
            answersOwed++;
            bodyIncomplete = !(msg instanceof LastHttpContent);
        } else if (msg instanceof LastHttpContent) {
            bodyIncomplete = false;
        }
        if (msg instanceof HttpContent content && !content.decoderResult().isSuccess()) {
            ended = true; // its request's handler answers it (400); the connection then closes
            ctx.channel().config().setAutoRead(false);
        }
        ctx.fireChannelRead(msg);
    }

    // Backpressure: while the client does not read its answers (the outbound buffer is over its
    // high-water mark), nothing more of its requests is read.
    @Override
    public void read(ChannelHandlerContext ctx) {
        if (ended) {
            return;
        }
        if (!ctx.channel().isWritable()) {
            readHeld = true;
            return;
        }
        ctx.read();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (readHeld && ctx.channel().isWritable() && !ended) {
            readHeld = false;
            ctx.read();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        boolean answerEnds = false;
        if (msg instanceof HttpResponse response) {
            informationalHead = response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
        }
        if (msg instanceof LastHttpContent) {
            answerEnds = !informationalHead;
            informationalHead = false;
        }
        ctx.write(msg, promise);
        if (answerEnds && answersOwed > 0 && --answersOwed == 0) {
            lastProgress = clock.getAsLong(); // the wait for the next request starts now
            if (ended) {
                endAfterOwedAnswers(ctx);
            }
        }
    }

    private void refuse(ChannelHandlerContext ctx, FramingRules.Refusal refusal) {
        ended = true;
        ctx.channel().config().setAutoRead(false);
        String correlationId = CorrelationId.acceptOrCreate(null); // a refused head's own id is not believed
        heldRefusal = problems.problem(refusal.kind(), refusal.detail(), correlationId, null);
        heldRefusal.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE).set(CorrelationId.HEADER, correlationId);
        if (answersOwed == 0) {
            endAfterOwedAnswers(ctx);
        }
    }

    // Every answer owed is written: the refusal (if any) goes last, and the connection closes.
    private void endAfterOwedAnswers(ChannelHandlerContext ctx) {
        FullHttpResponse refusal = heldRefusal;
        heldRefusal = null;
        if (refusal != null) {
            ctx.writeAndFlush(refusal).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.flush();
            ctx.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        ReferenceCountUtil.release(heldRefusal);
        heldRefusal = null;
        ctx.fireChannelInactive();
    }
}
