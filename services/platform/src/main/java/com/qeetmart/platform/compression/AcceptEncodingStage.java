package com.qeetmart.platform.compression;

import com.qeetmart.platform.framing.RequestHeaders;
import com.qeetmart.platform.pipeline.PlatformStage;
import com.qeetmart.platform.pipeline.StageProvider;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Offers the {@link AcceptEncodings} rule to every connection of every service and the gateway,
 * before Micronaut reads the request: its compressor then never answers with snappy (a client
 * sending {@code Accept-Encoding: *} used to get a body it could not decode).
 */
@Singleton
final class AcceptEncodingStage implements StageProvider {

    private static final ChannelHandler SANITIZER = new Sanitizer();

    @Override
    public PlatformStage stage() {
        return PlatformStage.ACCEPT_ENCODING;
    }

    @Override
    public ChannelHandler handlerFor(Channel channel) {
        return SANITIZER;
    }

    @ChannelHandler.Sharable
    static final class Sanitizer extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            // Most requests carry no such header or one without * or snappy: looked up, not copied
            // (a plain request's lines: its header map is not built for it, RequestHeaders).
            if (msg instanceof HttpRequest request && RequestHeaders.contains(request, HttpHeaderNames.ACCEPT_ENCODING)) {
                List<String> values = RequestHeaders.getAll(request, HttpHeaderNames.ACCEPT_ENCODING);
                if (values.stream().anyMatch(AcceptEncodings::needsSanitizing)) {
                    request.headers().set(HttpHeaderNames.ACCEPT_ENCODING,
                            values.stream().map(AcceptEncodings::sanitized).toList());
                }
            }
            ctx.fireChannelRead(msg);
        }
    }
}
