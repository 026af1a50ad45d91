package com.qeetmart.gateway.routing;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import jakarta.inject.Singleton;

/**
 * Puts the proxy stage ({@link ProxyHandler}) into every HTTP/1.1 connection's Netty pipeline,
 * just in front of Micronaut's request handler. Requests under {@code /api/v1} that a route
 * serves are proxied there, at the cost of a proxy; everything else (/health, /docs, management,
 * unknown paths) goes on to Micronaut as before.
 */
@Singleton
final class ProxyStageInstaller implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    // Handler names of Micronaut's HTTP/1.1 stream pipeline (HttpPipelineBuilder).
    private static final String MICRONAUT_HANDLER = "micronaut-inbound-handler";
    private static final String HTTP1_CODEC = "http-server-codec";
    private static final String NAME = "qeetmart-proxy";

    private final ProxyContext proxy;

    ProxyStageInstaller(ProxyContext proxy) {
        this.proxy = proxy;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    private final class Customizer implements NettyServerCustomizer {

        private final Channel channel;

        Customizer(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new Customizer(channel);
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel == null) {
                return;
            }
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(HTTP1_CODEC) != null && pipeline.get(MICRONAUT_HANDLER) != null && pipeline.get(NAME) == null) {
                pipeline.addBefore(MICRONAUT_HANDLER, NAME, new ProxyHandler(proxy));
            }
        }
    }
}
