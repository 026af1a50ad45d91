package com.qeetmart.inventory;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** The inventory service's settings (application.yml, prefix {@code inventory}). */
@ConfigurationProperties("inventory")
public record InventorySettings(Duration defaultTtl, Sweeper sweeper, Cache cache, Limits limits) {

    /** The expiry sweeper: how many reservations one pass releases (its interval is ExpirySweeper's schedule). */
    @ConfigurationProperties("sweeper")
    public record Sweeper(int batchSize) {
    }

    /**
     * What one caller may hold at once, so that nobody can keep a product from everyone else:
     * a reservation's time to live, its whole hold with extensions (from creation), its caller's
     * live reservations, and the units of one product across them. 0 means no limit for the
     * last two.
     */
    @ConfigurationProperties("limits")
    public record Limits(Duration maxTtl, Duration maxHold, int liveReservationsPerCaller, int unitsPerProductPerCaller,
                         int liveReservationsPerApplication) {
    }

    /** The stock cache in Redis: how long an entry lives. */
    @ConfigurationProperties("cache")
    public record Cache(Duration ttl) {
    }
}
