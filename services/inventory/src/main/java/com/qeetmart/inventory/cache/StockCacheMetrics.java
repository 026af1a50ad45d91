package com.qeetmart.inventory.cache;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/**
 * {@code qeetmart_stock_cache_available}: 1 while stock reads are cached in Redis, 0 while Redis
 * cannot be reached and they come from PostgreSQL. Redis down does not make the service unhealthy
 * (it keeps answering), so this is a metric for operators to alert on, not a health detail: the
 * health answer says UP or DOWN and nothing else, to whoever asks.
 */
@Singleton
class StockCacheMetrics implements MeterBinder {

    private final StockCache cache;

    StockCacheMetrics(StockCache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("qeetmart.stock.cache.available", cache, StockCacheMetrics::available)
                .description("1 when stock reads are cached in Redis, 0 when they come from PostgreSQL")
                .register(registry);
    }

    private static double available(StockCache cache) {
        cache.probe(); // a scrape also retries a connection that is due
        return cache.unavailableBecause().isPresent() ? 0 : 1;
    }
}
