package com.qeetmart.gateway.routing;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.util.ReferenceCountUtil;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The end of an upstream connection's pipeline: hands what the service sends to the call using it,
 * and tells it when the service has been silent for the read timeout.
 */
final class UpstreamHandler extends ChannelInboundHandlerAdapter {

    /** The call the connection is lent to. */
    interface Listener {
        void onMessage(Object msg);

        void onReadComplete();

        /** The service closed the connection while the call used it. */
        void onClosed();

        /** The service sent nothing for the read timeout while the call used the connection. */
        void onTimedOut();
    }

    private final AnswerDecoder answers;
    private final Consumer<Channel> closedWhileIdle;
    private final long readTimeoutNanos;
    private ChannelHandlerContext ctx;
    private Listener listener;
    private long lastHeard;
    private boolean watching;

    UpstreamHandler(AnswerDecoder answers, Consumer<Channel> closedWhileIdle, long readTimeoutMillis) {
        this.answers = answers;
        this.closedWhileIdle = closedWhileIdle;
        this.readTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(readTimeoutMillis);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    static UpstreamHandler of(Channel channel) {
        return channel.pipeline().get(UpstreamHandler.class);
    }

    /** Lends the connection to {@code listener} for one request of {@code method}. */
    void attach(Listener listener, HttpMethod method) {
        this.listener = listener;
        answers.answering(method);
        lastHeard = System.nanoTime();
        if (!watching) {
            watching = true;
            ctx.executor().schedule(this::watch, readTimeoutNanos, TimeUnit.NANOSECONDS);
        }
    }

    // One timer per connection while calls use it, not one per call: a call's end does not cancel
    // it (a removal from the event loop's timer queue on every request, 1.3% of its time, and as
    // much to schedule it). When it fires, the call using the connection (if any) has its read
    // timeout counted from the last thing heard; on a connection nobody uses, it stops.
    private void watch() {
        Listener using = listener;
        if (using == null) {
            watching = false;
            return;
        }
        long quiet = System.nanoTime() - lastHeard;
        if (quiet >= readTimeoutNanos) {
            watching = false;
            using.onTimedOut();
        } else {
            ctx.executor().schedule(this::watch, readTimeoutNanos - quiet, TimeUnit.NANOSECONDS);
        }
    }

    void detach() {
        this.listener = null;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        lastHeard = System.nanoTime();
        if (listener != null) {
            listener.onMessage(msg);
        } else {
            ReferenceCountUtil.release(msg); // nothing was asked: a service must not talk unasked
            ctx.close();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (listener != null) {
            listener.onReadComplete();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        Listener using = listener;
        listener = null;
        if (using != null) {
            using.onClosed();
        } else {
            closedWhileIdle.accept(ctx.channel());
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
