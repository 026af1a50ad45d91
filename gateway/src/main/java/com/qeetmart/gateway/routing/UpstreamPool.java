package com.qeetmart.gateway.routing;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;

import java.net.URI;
import java.util.ArrayDeque;

/**
 * Keep-alive connections to one upstream service, owned by one event loop: the client's connection
 * and the upstream one live on the same thread, so a proxied request never changes threads and
 * the pool needs no locks. At most {@code maxConnections} are open; requests beyond wait in order.
 * The most recently used idle connection is reused first (it is the least likely to have timed out).
 */
final class UpstreamPool {

    /** Who waits for a connection: told once, with one or with why there is none. */
    interface Lease {
        void connected(Channel channel, boolean reused);

        void connectFailed(Throwable cause);
    }

    private final Bootstrap bootstrap;
    private final int maxConnections;
    private final IdleConnections idle = new IdleConnections(channel -> this.open--);
    private final ArrayDeque<Lease> waiting = new ArrayDeque<>();
    private int open;

    UpstreamPool(EventLoop loop, Class<? extends Channel> channelType, URI base, ProxySettings settings) {
        this.maxConnections = settings.maxConnections;
        this.bootstrap = new Bootstrap().group(loop).channel(channelType)
                .remoteAddress(base.getHost(), base.getPort() < 0 ? 80 : base.getPort())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, settings.connectTimeoutMillis)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        AnswerDecoder answers = new AnswerDecoder();
                        channel.pipeline().addLast(answers, new UpstreamHandler(answers, UpstreamPool.this::closedWhileIdle,
                                settings.readTimeoutMillis));
                    }
                });
    }

    /** Hands the lease a connection: an idle one unless {@code fresh}, else a new one, else later. */
    void acquire(Lease lease, boolean fresh) {
        if (!fresh) {
            Channel reused = idle.take(System.nanoTime());
            if (reused != null) {
                lease.connected(reused, true);
                return;
            }
        }
        if (open >= maxConnections) {
            waiting.add(lease);
            return;
        }
        connect(lease);
    }

    private void connect(Lease lease) {
        open++;
        bootstrap.connect().addListener((ChannelFuture connected) -> {
            if (connected.isSuccess()) {
                lease.connected(connected.channel(), false);
            } else {
                open--;
                lease.connectFailed(connected.cause());
                serveWaiting();
            }
        });
    }

    /** A connection whose response was read whole and may carry another request. */
    void release(Channel channel) {
        Lease next = waiting.poll();
        if (next != null) {
            next.connected(channel, true);
        } else {
            idle.add(channel, System.nanoTime());
        }
    }

    /** A connection that must not be reused (failed, timed out, or told to close). */
    void discard(Channel channel) {
        open--;
        channel.close();
        serveWaiting();
    }

    /** An idle connection the service closed. */
    void closedWhileIdle(Channel channel) {
        if (idle.remove(channel)) {
            open--;
        }
    }

    private void serveWaiting() {
        Lease next = waiting.poll();
        if (next != null) {
            connect(next);
        }
    }
}
