package com.qeetmart.platform.redis;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/**
 * {@code qeetmart_redis_available}: 1 while the process's Redis answers, 0 while it is away (or
 * none is configured) and everything that uses it degrades. Redis away does not make a service
 * unhealthy (it keeps answering), so this is what operators alert on.
 */
@Singleton
final class RedisMetrics implements MeterBinder {

    private final SharedRedis redis;

    RedisMetrics(SharedRedis redis) {
        this.redis = redis;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("qeetmart.redis.available", redis, RedisMetrics::available)
                .description("1 when Redis answers, 0 when it is away and its uses degrade")
                .register(registry);
    }

    private static double available(SharedRedis redis) {
        redis.probe(); // a scrape also reconnects when that is due
        return redis.awayBecause().isPresent() ? 0 : 1;
    }
}
