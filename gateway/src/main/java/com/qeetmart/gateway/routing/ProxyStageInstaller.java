package com.qeetmart.gateway.routing;

import com.qeetmart.platform.pipeline.NettyStages;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import jakarta.inject.Singleton;

/**
 * Puts the proxy stage ({@link ProxyHandler}) into every HTTP/1.1 connection's Netty pipeline,
 * just in front of Micronaut's request handler. Requests under {@code /api/v1} that a route
 * serves are proxied there, at the cost of a proxy; everything else (/health, /docs, management,
 * unknown paths) goes on to Micronaut as before.
 */
@Singleton
final class ProxyStageInstaller implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private final ProxyContext proxy;
    private final int managementPort;

    // The management port (endpoints.all.port) serves /prometheus to the cluster and nothing else:
    // no proxy stage there, so it routes nothing to the services.
    ProxyStageInstaller(ProxyContext proxy, @Value("${micronaut.server.port:-1}") int publicPort,
                        @Value("${endpoints.all.port:-1}") int managementPort) {
        this.proxy = proxy;
        this.managementPort = managementPort == publicPort ? -1 : managementPort;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(NettyStages.beforeMicronaut("qeetmart-proxy", () -> new ProxyHandler(proxy),
                channel -> managementPort < 0 || !NettyStages.acceptedOn(channel, managementPort)));
        return event.getBean();
    }
}
