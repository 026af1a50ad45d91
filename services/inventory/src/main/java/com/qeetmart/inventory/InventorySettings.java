package com.qeetmart.inventory;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** The inventory service's settings (application.yml, prefix {@code inventory}). */
@ConfigurationProperties("inventory")
public record InventorySettings(Duration defaultTtl, Sweeper sweeper, Cache cache) {

    @ConfigurationProperties("sweeper")
    public record Sweeper(Duration interval, int batchSize) {
    }

    @ConfigurationProperties("cache")
    public record Cache(String redisUri, Duration ttl) {
    }
}
