package com.qeetmart.gateway.routing;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

import java.util.ArrayDeque;

/**
 * One client connection's proxy stage, between the HTTP codec and Micronaut's handler. A request
 * a route serves becomes an {@link Exchange}; any other request, and its body, goes on to Micronaut.
 * Answers leave in the order the requests came: a request waits (with what follows it) while the
 * answer to an earlier one, proxied or Micronaut's, is still being written. Micronaut asks for
 * reads itself (auto-read is off); those asks are held while an exchange owns the connection.
 */
final class ProxyHandler extends ChannelDuplexHandler {

    private final ProxyContext proxy;
    private final ArrayDeque<Object> backlog = new ArrayDeque<>(2);
    private ChannelHandlerContext ctx;
    private Exchange exchange;
    private boolean micronautOwnsContent;
    private int micronautAnswersPending;

    ProxyHandler(ProxyContext proxy) {
        this.proxy = proxy;
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
        if (exchange != null) {
            return !exchange.receivingBody(); // the next request waits for this one's answer
        }
        return micronautAnswersPending > 0 && msg instanceof HttpRequest request && routeOf(request) != null;
    }

    private void dispatch(Object msg) {
        if (msg instanceof HttpRequest request) {
            Exchange.Target routed = routeOf(request);
            if (routed == null) {
                micronautOwnsContent = true;
                micronautAnswersPending++;
                ctx.fireChannelRead(msg);
                return;
            }
            micronautOwnsContent = false;
            exchange = new Exchange(proxy, this, ctx, request, routed);
            exchange.onHead();
            if (msg instanceof HttpContent content && exchange != null) {
                exchange.onContent(content);
            }
            return;
        }
        if (msg instanceof HttpContent content) {
            if (micronautOwnsContent) {
                ctx.fireChannelRead(msg);
            } else if (exchange != null) {
                exchange.onContent(content);
            } else {
                content.release(); // the rest of a body refused before it was read
            }
            return;
        }
        ctx.fireChannelRead(msg);
    }

    private Exchange.Target routeOf(HttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            return null; // Micronaut answers a request it cannot read with 400
        }
        RequestTarget target = RequestTarget.parse(request.uri());
        return target == null ? null
                : proxy.routes.resolve(target.rawPath()).map(route -> new Exchange.Target(target, route)).orElse(null);
    }

    /** The exchange wants the next piece of its request body. */
    void readMore() {
        ctx.read();
    }

    /** The exchange's answer is written; the connection goes on (false: it is closing). */
    void exchangeFinished(boolean connectionGoesOn) {
        exchange = null;
        if (!connectionGoesOn) {
            backlog.forEach(ReferenceCountUtil::release);
            backlog.clear();
            return;
        }
        resume();
    }

    private void resume() {
        boolean dispatched = false;
        while (!backlog.isEmpty() && !mustWait(backlog.peek())) {
            dispatch(backlog.poll());
            dispatched = true;
        }
        if (dispatched) {
            // Outside a read batch: Micronaut handles (and flushes) what it got when a batch ends.
            ctx.fireChannelReadComplete();
        }
        if (exchange == null && backlog.isEmpty()) {
            ctx.read();
        }
    }

    @Override
    public void read(ChannelHandlerContext ctx) {
        if (exchange == null && backlog.isEmpty()) {
            ctx.read();
        }
        // else held: the stage reads again when it is done
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        // Only Micronaut's writes pass here (the exchanges write from this handler's context).
        boolean answerEnds = msg instanceof LastHttpContent
                && !(msg instanceof HttpResponse response && response.status().codeClass() == HttpStatusClass.INFORMATIONAL);
        ctx.write(msg, promise);
        if (answerEnds && micronautAnswersPending > 0 && --micronautAnswersPending == 0 && !backlog.isEmpty()) {
            ctx.executor().execute(this::resume);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (exchange != null) {
            exchange.clientWritabilityChanged();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (exchange != null) {
            exchange.clientClosed();
            exchange = null;
        }
        backlog.forEach(ReferenceCountUtil::release);
        backlog.clear();
        ctx.fireChannelInactive();
    }
}
