package com.qeetmart.auth.announce;

import com.qeetmart.platform.redis.SharedRedis;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What auth tells every verifier at once, on Redis pub/sub: ended sessions and new signing keys.
 * Best effort by design: each announcement is also on a feed verifiers poll, so a Redis that is
 * down or slow costs them up to one poll interval and never costs the caller anything (publishing
 * does not wait). On the process's one Redis connection ({@link SharedRedis}).
 */
@Singleton
@Requires(property = "qeetmart.redis.uri", pattern = ".+")
public class RedisAnnouncements {

    private static final Logger LOG = LoggerFactory.getLogger(RedisAnnouncements.class);

    private final SharedRedis redis;

    RedisAnnouncements(SharedRedis redis) {
        this.redis = redis;
    }

    /** Publishes the message on the channel without waiting; a failure is logged, never thrown. */
    public void publish(String channel, String message) {
        redis.call(commands -> commands.publish(channel, message)).whenComplete((listeners, failure) -> {
            if (failure != null) {
                LOG.warn("Could not announce on Redis channel {} ({}); verifiers will read it from the feed",
                        channel, failure.toString());
            }
        });
    }
}
