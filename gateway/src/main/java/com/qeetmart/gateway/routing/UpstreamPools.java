package com.qeetmart.gateway.routing;

import io.netty.channel.Channel;
import io.netty.util.concurrent.FastThreadLocal;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** One {@link UpstreamPool} per upstream service and event loop thread. */
@Singleton
final class UpstreamPools {

    private final ProxySettings settings;
    private final FastThreadLocal<Map<String, UpstreamPool>> perLoop = new FastThreadLocal<>() {
        @Override
        protected Map<String, UpstreamPool> initialValue() {
            return new HashMap<>();
        }
    };

    UpstreamPools(ProxySettings settings) {
        this.settings = settings;
    }

    /** The pool of the client connection's event loop (call on that loop). */
    UpstreamPool of(Channel client, Route route) {
        return perLoop.get().computeIfAbsent(route.upstream(),
                name -> new UpstreamPool(client.eventLoop(), client.getClass(), route.base(), settings));
    }
}
