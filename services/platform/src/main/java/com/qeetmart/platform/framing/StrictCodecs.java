package com.qeetmart.platform.framing;

import com.qeetmart.platform.pipeline.ServerCodec;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.handler.codec.http.HttpDecoderConfig;
import jakarta.inject.Singleton;

/**
 * Every connection's codec is a {@link StrictServerCodec}, read with the settings Micronaut's own
 * codec would have had ({@code micronaut.server.netty.max-initial-line-length} and the rest), so
 * the 414 and 431 limits stay where the configuration puts them.
 */
@Singleton
final class StrictCodecs implements ServerCodec {

    private final NettyHttpServerConfiguration server;

    StrictCodecs(NettyHttpServerConfiguration server) {
        this.server = server;
    }

    @Override
    public ChannelHandler codecFor(Channel channel) {
        return new StrictServerCodec(new HttpDecoderConfig()
                .setMaxInitialLineLength(server.getMaxInitialLineLength())
                .setMaxHeaderSize(server.getMaxHeaderSize())
                .setMaxChunkSize(server.getMaxChunkSize())
                .setValidateHeaders(server.isValidateHeaders())
                .setInitialBufferSize(server.getInitialBufferSize()));
    }
}
