package com.qeetmart.platform.oversized;

import com.qeetmart.platform.pipeline.NettyProblems;
import com.qeetmart.platform.pipeline.NettyStages;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import jakarta.inject.Singleton;

/**
 * Puts {@link OversizedHeadHandler} into every connection of every service and the gateway: a
 * request whose head the HTTP decoder could not take is answered with the status that says which
 * part was too large (414, 431), not Micronaut's 413, which names the body.
 */
@Singleton
final class OversizedHeadStage implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private final NettyProblems problems;

    OversizedHeadStage(NettyProblems problems) {
        this.problems = problems;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(NettyStages.beforeMicronaut("qeetmart-oversized-head", () -> new OversizedHeadHandler(problems)));
        return event.getBean();
    }
}
