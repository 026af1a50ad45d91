package com.qeetmart.gateway.routing;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;

/** The end of an upstream connection's pipeline: hands what the service sends to the exchange using it. */
final class UpstreamHandler extends ChannelInboundHandlerAdapter {

    private final UpstreamPool pool;
    private Exchange exchange;

    UpstreamHandler(UpstreamPool pool) {
        this.pool = pool;
    }

    void attach(Exchange exchange) {
        this.exchange = exchange;
    }

    void detach() {
        this.exchange = null;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (exchange != null) {
            exchange.onUpstream(msg);
        } else {
            ReferenceCountUtil.release(msg); // nothing was asked: a service must not talk unasked
            ctx.close();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (exchange != null) {
            exchange.upstreamReadComplete();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        Exchange using = exchange;
        exchange = null;
        if (using != null) {
            using.upstreamFailed(new java.io.IOException("connection closed by the service"), false);
        } else {
            pool.closedWhileIdle(ctx.channel());
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
