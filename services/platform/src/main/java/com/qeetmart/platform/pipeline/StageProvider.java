package com.qeetmart.platform.pipeline;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;

import java.net.InetSocketAddress;

/**
 * A bean that offers one of the {@link PlatformStage}s; {@link EdgePipeline} asks it for a
 * handler for each new connection and puts it where the declaration says.
 */
public interface StageProvider {

    /** Which stage this is. */
    PlatformStage stage();

    /** The handler for a new connection, or null when the stage does not serve it (the management port). */
    ChannelHandler handlerFor(Channel channel);

    /** Whether a connection was accepted on this local port. */
    static boolean acceptedOn(Channel channel, int port) {
        return channel.localAddress() instanceof InetSocketAddress local && local.getPort() == port;
    }
}
