package com.qeetmart.platform.pipeline;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketServerExtensionHandler;
import io.netty.handler.timeout.IdleStateHandler;
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
 * silently leaving the stages out), and Micronaut's handlers they make redundant left out
 * ({@link #leaveOut}). Connections that are not HTTP/1.1 streams (none are configured) keep
 * Micronaut's pipeline as it is.
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
        leaveOut(pipeline, WebSocketServerExtensionHandler.class);
        for (StageProvider provider : providers) {
            String name = provider.stage().handlerName();
            ChannelHandler handler = pipeline.get(name) == null ? provider.handlerFor(channel) : null;
            if (handler != null) {
                pipeline.addBefore(MICRONAUT, name, handler);
            }
        }
        if (pipeline.get(PlatformStage.FRAMING.handlerName()) != null) {
            leaveOut(pipeline, IdleStateHandler.class);
        }
    }

    /**
     * Micronaut's handlers the platform's stages make redundant, each on every request's way in
     * and every answer's way out: its idle-state handler (the framing stage keeps every deadline a
     * client can hold a connection to, {@code ClientDeadlines}), and the WebSocket extension
     * handler it adds because micronaut-websocket comes with the HTTP client (no service serves
     * a WebSocket). Found by class, not name: a renamed handler is still left out.
     */
    private static void leaveOut(ChannelPipeline pipeline, Class<? extends ChannelHandler> redundant) {
        ChannelHandler handler;
        while ((handler = pipeline.get(redundant)) != null) {
            pipeline.remove(handler);
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
