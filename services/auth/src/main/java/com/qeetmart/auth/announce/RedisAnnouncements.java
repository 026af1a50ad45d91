package com.qeetmart.auth.announce;

import com.qeetmart.platform.security.SecuritySettings;
import com.qeetmart.platform.security.revocation.RevocationChannel;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What auth tells every verifier at once, on Redis pub/sub: ended sessions and new signing keys.
 * Best effort by design: each announcement is also on a feed verifiers poll, so a Redis that is
 * down or slow costs them up to one poll interval and never costs the caller anything (publishing
 * does not wait). One connection, opened on first use and again after it broke.
 */
@Singleton
@Requires(property = RevocationChannel.REDIS_URI, pattern = ".+")
public class RedisAnnouncements {

    private static final Logger LOG = LoggerFactory.getLogger(RedisAnnouncements.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final RedisClient client;
    private final RedisURI uri;
    private CompletableFuture<StatefulRedisConnection<String, String>> connection;

    RedisAnnouncements(SecuritySettings settings) {
        this.uri = RedisURI.create(settings.revocations().redisUri());
        this.uri.setTimeout(TIMEOUT);
        this.client = RedisClient.create();
        this.client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(TIMEOUT)).build());
    }

    /** Publishes the message on the channel without waiting; a failure is logged, never thrown. */
    public void publish(String channel, String message) {
        connected().thenCompose(redis -> redis.async().publish(channel, message))
                .whenComplete((listeners, failure) -> {
                    if (failure != null) {
                        LOG.warn("Could not announce on Redis channel {} ({}); verifiers will read it from the feed",
                                channel, failure.toString());
                    }
                });
    }

    private synchronized CompletableFuture<StatefulRedisConnection<String, String>> connected() {
        CompletableFuture<StatefulRedisConnection<String, String>> current = connection;
        boolean broken = current != null && (current.isCompletedExceptionally()
                || (current.isDone() && !current.join().isOpen()));
        if (current == null || broken) {
            current = client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture()
                    .orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            connection = current;
        }
        return current;
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null && connection.isDone() && !connection.isCompletedExceptionally()) {
            connection.join().closeAsync();
        }
        client.shutdownAsync(0, 1, TimeUnit.SECONDS);
    }
}
