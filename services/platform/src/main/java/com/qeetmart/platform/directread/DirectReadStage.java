package com.qeetmart.platform.directread;

import com.qeetmart.platform.pipeline.NettyStages;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import jakarta.inject.Singleton;

/**
 * Puts the direct read stage ({@link DirectReadHandler}) into every connection of a service that
 * has {@link DirectRead}s. A read by key then costs the HTTP codec, a JDBC query and a JSON writer,
 * not Micronaut's routing, filter chain, reactive context propagation and blocking-pool hop (over
 * half of a catalog read's CPU in its profile). {@code qeetmart.direct-read.enabled: false} sends
 * every request to Micronaut.
 */
@Singleton
@Requires(beans = DirectRead.class)
@Requires(property = "qeetmart.direct-read.enabled", notEquals = "false")
final class DirectReadStage implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private final DirectReads reads;

    DirectReadStage(DirectReads reads) {
        this.reads = reads;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(NettyStages.beforeMicronaut("qeetmart-direct-read", () -> new DirectReadHandler(reads)));
        return event.getBean();
    }
}
