package com.qeetmart.platform.pipeline;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The one place the platform's Netty stages enter a connection's pipeline: the platform's HTTP/1.1
 * codec ({@link ServerCodec}) in place of Micronaut's, then each stage a {@link StageProvider}
 * offers, in {@link PlatformStage}'s order, between that codec and Micronaut's request handler
 * (found by Micronaut's own handler names, so a rename fails {@code EdgePipelineTest} rather than
 * silently leaving the stages out). Connections that are not HTTP/1.1 streams (none are
 * configured) keep Micronaut's pipeline as it is.
 */
@Singleton
final class EdgePipeline implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    static final String CODEC = ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC;
    static final String MICRONAUT = ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND;

    private static final Logger LOG = LoggerFactory.getLogger(EdgePipeline.class);

    private final List<StageProvider> providers;
    private final ServerCodec codec;

    EdgePipeline(List<StageProvider> providers, ServerCodec codec) {
        this.codec = codec;
        List<StageProvider> ordered = new ArrayList<>(providers);
        ordered.sort(Comparator.comparing(StageProvider::stage));
        EnumSet<PlatformStage> seen = EnumSet.noneOf(PlatformStage.class);
        for (StageProvider provider : ordered) {
            if (!seen.add(provider.stage())) {
                throw new IllegalStateException("Two providers of the stage " + provider.stage());
            }
        }
        this.providers = List.copyOf(ordered);
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new ForChannel(null));
        return event.getBean();
    }

    /** Adds the stages to one connection's pipeline (the same order every time). */
    void install(Channel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        if (pipeline.get(CODEC) == null) {
            return; // not an HTTP/1.1 stream: the stages read HTTP/1.1 messages only
        }
        if (pipeline.get(MICRONAUT) == null) {
            LOG.error("Micronaut's request handler '{}' is not in the pipeline: the platform's stages are left out", MICRONAUT);
            return;
        }
        pipeline.replace(CODEC, CODEC, codec.codecFor(channel));
        for (StageProvider provider : providers) {
            String name = provider.stage().handlerName();
            ChannelHandler handler = pipeline.get(name) == null ? provider.handlerFor(channel) : null;
            if (handler != null) {
                pipeline.addBefore(MICRONAUT, name, handler);
            }
        }
    }

    private final class ForChannel implements NettyServerCustomizer {

        private final Channel channel;

        ForChannel(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new ForChannel(channel);
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null) {
                install(channel);
            }
        }
    }
}
