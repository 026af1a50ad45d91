package com.qeetmart.platform.events;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * How a service's events are relayed and kept ({@code qeetmart.events}): whether this service
 * emits events at all, how often the relay looks for new ones and how many it takes at once, and
 * how long the change feed keeps them (a cursor older than that is refused as expired).
 */
@ConfigurationProperties("qeetmart.events")
public record EventSettings(boolean enabled, Duration relayInterval, int batchSize, Duration retention,
                            Duration sweepInterval) {
}
