package com.qeetmart.platform.pipeline;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;

/**
 * The HTTP/1.1 codec every connection reads and writes with: {@link EdgePipeline} puts it in the
 * place (and under the name) of the one Micronaut built, before the stages go in behind it.
 */
public interface ServerCodec {

    /** The codec for a new connection. */
    ChannelHandler codecFor(Channel channel);
}
