package com.qeetmart.gateway.routing;

import com.qeetmart.platform.pipeline.PlatformStage;
import com.qeetmart.platform.pipeline.StageProvider;
import io.micronaut.context.annotation.Value;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import jakarta.inject.Singleton;

/**
 * Offers the proxy stage ({@link ProxyHandler}) to every HTTP/1.1 connection, where the platform's
 * pipeline declaration puts it: just in front of Micronaut's request handler. Requests under
 * {@code /api/v1} that a route serves are proxied there, at the cost of a proxy; everything else
 * (/health, /docs, unknown paths) goes on to Micronaut as before.
 */
@Singleton
final class ProxyStageInstaller implements StageProvider {

    private final RouteTable routes;
    private final ExchangeSeams seams;
    private final int managementPort;

    // The management port (endpoints.all.port) serves /prometheus to the cluster and nothing else:
    // no proxy stage there, so it routes nothing to the services.
    ProxyStageInstaller(RouteTable routes, ExchangeSeams seams, @Value("${micronaut.server.port:-1}") int publicPort,
                        @Value("${endpoints.all.port:-1}") int managementPort) {
        this.routes = routes;
        this.seams = seams;
        this.managementPort = managementPort == publicPort ? -1 : managementPort;
    }

    @Override
    public PlatformStage stage() {
        return PlatformStage.PROXY;
    }

    @Override
    public ChannelHandler handlerFor(Channel channel) {
        boolean management = managementPort >= 0 && StageProvider.acceptedOn(channel, managementPort);
        return management ? null : new ProxyHandler(routes, seams);
    }
}
