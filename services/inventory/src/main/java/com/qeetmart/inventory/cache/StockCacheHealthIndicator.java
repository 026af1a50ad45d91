package com.qeetmart.inventory.cache;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.Map;

/**
 * Says in /health whether stock reads are cached. Redis down does not make the service unhealthy
 * (it keeps answering from PostgreSQL), so the status is DEGRADED, an operational one.
 */
@Singleton
class StockCacheHealthIndicator implements HealthIndicator {

    static final HealthStatus DEGRADED = new HealthStatus("DEGRADED",
            "Redis is unreachable: stock is read from PostgreSQL", true, null);

    private final StockCache cache;

    StockCacheHealthIndicator(StockCache cache) {
        this.cache = cache;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        cache.probe();
        HealthResult result = cache.unavailableBecause()
                .map(reason -> HealthResult.builder("stockCache", DEGRADED)
                        .details(Map.of("redis", "DOWN", "reason", reason, "reads", "PostgreSQL")).build())
                .orElseGet(() -> HealthResult.builder("stockCache", HealthStatus.UP)
                        .details(Map.of("redis", "UP")).build());
        return Publishers.just(result);
    }
}
