package com.qeetmart.platform.directread;

import com.qeetmart.platform.pipeline.PlatformStage;
import com.qeetmart.platform.pipeline.StageProvider;
import io.micronaut.context.annotation.Requires;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import jakarta.inject.Singleton;

/**
 * Offers the direct read stage ({@link DirectReadHandler}) to every connection of a service that
 * has {@link DirectRead}s. A read by key then costs the HTTP codec, a JDBC query and a JSON writer,
 * not Micronaut's routing, filter chain, reactive context propagation and blocking-pool hop (over
 * half of a catalog read's CPU in its profile). {@code qeetmart.direct-read.enabled: false} sends
 * every request to Micronaut.
 */
@Singleton
@Requires(beans = DirectRead.class)
@Requires(property = "qeetmart.direct-read.enabled", notEquals = "false")
final class DirectReadStage implements StageProvider {

    private final DirectReads reads;

    DirectReadStage(DirectReads reads) {
        this.reads = reads;
    }

    @Override
    public PlatformStage stage() {
        return PlatformStage.DIRECT_READ;
    }

    @Override
    public ChannelHandler handlerFor(Channel channel) {
        return new DirectReadHandler(reads);
    }
}
