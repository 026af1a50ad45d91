package com.qeetmart.inventory.cache;

import com.qeetmart.platform.runtime.WarmUpStep;
import jakarta.inject.Singleton;

import java.time.Duration;

/** Warm-up: the Redis connection is open before the first stock read needs it. */
@Singleton
final class StockCacheWarmUp implements WarmUpStep {

    private final StockCache cache;

    StockCacheWarmUp(StockCache cache) {
        this.cache = cache;
    }

    @Override
    public String name() {
        return "connect to the stock cache";
    }

    @Override
    public boolean run(Duration deadline) {
        cache.probe();
        return cache.unavailableBecause().isEmpty();
    }
}
