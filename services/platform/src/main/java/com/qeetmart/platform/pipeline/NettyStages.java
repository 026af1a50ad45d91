package com.qeetmart.platform.pipeline;

import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;

import java.net.InetSocketAddress;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Stages of our own in Micronaut's Netty pipeline: a handler that sits between the HTTP/1.1 codec
 * and Micronaut's request handler of every connection, and answers some requests itself at the
 * cost of Netty alone (the gateway's proxy, a service's direct reads). Requests it leaves go on to
 * Micronaut unchanged.
 */
public final class NettyStages {

    // Handler names of Micronaut's HTTP/1.1 stream pipeline (HttpPipelineBuilder).
    private static final String MICRONAUT_HANDLER = "micronaut-inbound-handler";
    private static final String HTTP1_CODEC = "http-server-codec";

    private NettyStages() {
    }

    /** A customizer to register that adds a new {@code handler} named {@code name} to each connection. */
    public static NettyServerCustomizer beforeMicronaut(String name, Supplier<ChannelHandler> handler) {
        return beforeMicronaut(name, handler, channel -> true);
    }

    /** The same, on the connections {@code applies} accepts only (such as not the management port's). */
    public static NettyServerCustomizer beforeMicronaut(String name, Supplier<ChannelHandler> handler,
                                                        Predicate<Channel> applies) {
        return new BeforeMicronaut(name, handler, applies, null);
    }

    /** Whether a connection was accepted on this local port. */
    public static boolean acceptedOn(Channel channel, int port) {
        return channel.localAddress() instanceof InetSocketAddress local && local.getPort() == port;
    }

    private record BeforeMicronaut(String name, Supplier<ChannelHandler> handler, Predicate<Channel> applies,
                                   Channel channel) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new BeforeMicronaut(name, handler, applies, channel);
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel == null || !applies.test(channel)) {
                return;
            }
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(HTTP1_CODEC) != null && pipeline.get(MICRONAUT_HANDLER) != null && pipeline.get(name) == null) {
                pipeline.addBefore(MICRONAUT_HANDLER, name, handler.get());
            }
        }
    }
}
