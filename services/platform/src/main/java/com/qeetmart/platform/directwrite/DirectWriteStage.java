package com.qeetmart.platform.directwrite;

import com.qeetmart.platform.pipeline.PlatformStage;
import com.qeetmart.platform.pipeline.StageProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import jakarta.inject.Singleton;

/**
 * Offers the direct write stage ({@link DirectWriteHandler}) to every API connection of a service
 * that has {@link DirectWrite}s. Its hottest write then costs the HTTP codec, a JSON parse and
 * its share of a group commit, not Micronaut's routing, filter chain, body binding, validation
 * and a blocking thread held per request. {@code qeetmart.direct-write.enabled: false} sends every
 * request to Micronaut. Not on the management port, which serves /health and /prometheus only.
 */
@Singleton
@Requires(beans = DirectWrite.class)
@Requires(property = "qeetmart.direct-write.enabled", notEquals = "false")
final class DirectWriteStage implements StageProvider {

    private final DirectWrites plans;
    private final WriteAnswers answers;
    private final int managementPort;

    DirectWriteStage(DirectWrites plans, WriteAnswers answers, @Value("${micronaut.server.port:-1}") int publicPort,
                     @Value("${endpoints.all.port:-1}") int managementPort) {
        this.plans = plans;
        this.answers = answers;
        this.managementPort = managementPort == publicPort ? -1 : managementPort;
    }

    @Override
    public PlatformStage stage() {
        return PlatformStage.DIRECT_WRITE;
    }

    @Override
    public ChannelHandler handlerFor(Channel channel) {
        boolean management = managementPort >= 0 && StageProvider.acceptedOn(channel, managementPort);
        return management ? null : new DirectWriteHandler(plans, answers);
    }
}
