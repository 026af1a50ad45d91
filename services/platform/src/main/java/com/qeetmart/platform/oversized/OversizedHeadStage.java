package com.qeetmart.platform.oversized;

import com.qeetmart.platform.pipeline.NettyProblems;
import com.qeetmart.platform.pipeline.PlatformStage;
import com.qeetmart.platform.pipeline.StageProvider;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import jakarta.inject.Singleton;

/**
 * Offers {@link OversizedHeadHandler} for every connection of every service and the gateway: a
 * request whose head the HTTP decoder could not take is answered with the status that says which
 * part was too large (414, 431), not Micronaut's 413, which names the body.
 */
@Singleton
final class OversizedHeadStage implements StageProvider {

    private final NettyProblems problems;

    OversizedHeadStage(NettyProblems problems) {
        this.problems = problems;
    }

    @Override
    public PlatformStage stage() {
        return PlatformStage.OVERSIZED_HEAD;
    }

    @Override
    public ChannelHandler handlerFor(Channel channel) {
        return new OversizedHeadHandler(problems);
    }
}
