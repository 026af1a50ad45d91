package com.qeetmart.gateway.routing;

import io.netty.channel.Channel;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A pool's idle keep-alive connections, the most recently used first. A service closes a
 * connection idle for its client timeout (60 s by default, HTTP_CLIENT_TIMEOUT); one idle half that
 * long is not reused but dropped, so a request never goes on a connection being closed under it.
 */
final class IdleConnections {

    static final long MAX_IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private record Idle(Channel channel, long since) {
    }

    private final ArrayDeque<Idle> idle = new ArrayDeque<>();
    private final Consumer<Channel> dropped;

    /** {@code dropped} is told of each connection given up (closed, or idle too long: then closed here). */
    IdleConnections(Consumer<Channel> dropped) {
        this.dropped = dropped;
    }

    void add(Channel channel, long now) {
        idle.addLast(new Idle(channel, now));
    }

    /** A connection fit to reuse at {@code now}, or null; those that are not are dropped on the way. */
    Channel take(long now) {
        for (Idle next = idle.pollLast(); next != null; next = idle.pollLast()) {
            if (next.channel().isActive() && now - next.since() < MAX_IDLE_NANOS) {
                return next.channel();
            }
            next.channel().close();
            dropped.accept(next.channel());
        }
        return null;
    }

    /** Whether it held this connection (which the service has closed). */
    boolean remove(Channel channel) {
        return idle.removeIf(entry -> entry.channel() == channel);
    }
}
