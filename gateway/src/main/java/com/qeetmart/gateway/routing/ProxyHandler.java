package com.qeetmart.gateway.routing;

import com.qeetmart.platform.pipeline.SharedConnectionStage;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;

/**
 * One client connection's proxy stage, between the HTTP codec and Micronaut's handler. A request a
 * route serves becomes an {@link Exchange}; any other request, and its body, goes on to Micronaut
 * (ordering and read demand: {@link SharedConnectionStage}).
 */
final class ProxyHandler extends SharedConnectionStage<Routed> implements ClientConnection {

    private final RouteTable routes;
    private final ExchangeSeams seams;
    private Exchange exchange;

    ProxyHandler(RouteTable routes, ExchangeSeams seams) {
        this.routes = routes;
        this.seams = seams;
    }

    @Override
    protected Routed plan(HttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            return null; // Micronaut answers a request it cannot read with 400
        }
        RequestTarget target = RequestTarget.parse(request.uri());
        return target == null ? null : routes.resolve(target.rawPath()).map(route -> new Routed(target, route)).orElse(null);
    }

    @Override
    protected void start(HttpRequest head, Routed routed) {
        exchange = new Exchange(seams, this, ctx, head, routed);
        exchange.onHead();
        if (head instanceof HttpContent content && exchange != null) {
            exchange.onContent(content);
        }
    }

    @Override
    protected void content(HttpContent content) {
        exchange.onContent(content);
    }

    @Override
    protected boolean owning() {
        return exchange != null;
    }

    @Override
    protected boolean ownsMessage(Object msg) {
        return exchange.receivingBody(); // the next request waits for this one's answer
    }

    @Override
    protected void closedWhileOwning() {
        exchange.clientClosed();
        exchange = null;
    }

    @Override
    public void readMore() {
        ctx.read();
    }

    @Override
    public void answered(boolean goesOn) {
        exchange = null;
        finished(goesOn);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (exchange != null) {
            exchange.clientWritabilityChanged();
        }
        ctx.fireChannelWritabilityChanged();
    }
}
