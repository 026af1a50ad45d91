package com.qeetmart.platform.redis;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * The process's one Redis ({@code qeetmart.redis}): where it is ({@code REDIS_URL}; empty: no
 * Redis, every use of it degrades as while it is away), how long a command may take, and how long
 * after a failure nothing is asked of it.
 */
@ConfigurationProperties("qeetmart.redis")
public record RedisSettings(@Nullable String uri, Duration timeout, Duration retryAfter) {

    public boolean configured() {
        return uri != null && !uri.isBlank();
    }
}
