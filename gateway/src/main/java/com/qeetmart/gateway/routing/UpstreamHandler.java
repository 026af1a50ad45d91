package com.qeetmart.gateway.routing;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.util.ReferenceCountUtil;

import java.util.function.Consumer;

/** The end of an upstream connection's pipeline: hands what the service sends to the call using it. */
final class UpstreamHandler extends ChannelInboundHandlerAdapter {

    /** The call the connection is lent to. */
    interface Listener {
        void onMessage(Object msg);

        void onReadComplete();

        /** The service closed the connection while the call used it. */
        void onClosed();
    }

    private final AnswerDecoder answers;
    private final Consumer<Channel> closedWhileIdle;
    private Listener listener;

    UpstreamHandler(AnswerDecoder answers, Consumer<Channel> closedWhileIdle) {
        this.answers = answers;
        this.closedWhileIdle = closedWhileIdle;
    }

    static UpstreamHandler of(Channel channel) {
        return channel.pipeline().get(UpstreamHandler.class);
    }

    /** Lends the connection to {@code listener} for one request of {@code method}. */
    void attach(Listener listener, HttpMethod method) {
        this.listener = listener;
        answers.answering(method);
    }

    void detach() {
        this.listener = null;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
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
