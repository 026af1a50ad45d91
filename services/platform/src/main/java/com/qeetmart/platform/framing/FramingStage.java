package com.qeetmart.platform.framing;

import com.qeetmart.platform.pipeline.NettyProblems;
import com.qeetmart.platform.pipeline.PlatformStage;
import com.qeetmart.platform.pipeline.StageProvider;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import jakarta.inject.Singleton;

/**
 * Offers {@link FramingHandler} to every connection of every service and the gateway: HTTP/1.1's
 * framing rules, held the same way whoever answers the request behind it (Micronaut, the
 * gateway's proxy, a direct read).
 */
@Singleton
final class FramingStage implements StageProvider {

    private final NettyProblems problems;
    private final ClientDeadlines deadlines;

    FramingStage(NettyProblems problems, ClientDeadlines deadlines) {
        this.problems = problems;
        this.deadlines = deadlines;
    }

    @Override
    public PlatformStage stage() {
        return PlatformStage.FRAMING;
    }

    @Override
    public ChannelHandler handlerFor(Channel channel) {
        return new FramingHandler(problems, deadlines, System::nanoTime);
    }
}
