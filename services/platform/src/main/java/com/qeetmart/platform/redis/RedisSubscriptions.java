package com.qeetmart.platform.redis;

import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Channels heard on the process's Redis ({@link SharedRedis}'s client; pub/sub needs a connection
 * of its own). Pub/sub keeps nothing for a listener that is away, so a subscriber must have
 * another way to learn what it missed: this is the fast path only. Subscribing never waits; a
 * connection that fails or drops is opened again after {@code retry-after}, and every channel is
 * subscribed again on it.
 */
@Singleton
public final class RedisSubscriptions {

    private static final Logger LOG = LoggerFactory.getLogger(RedisSubscriptions.class);

    private record Subscription(List<String> channels, BiConsumer<String, String> listener) {
    }

    private final SharedRedis redis;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private volatile StatefulRedisPubSubConnection<String, String> connection;
    private volatile boolean connecting;
    private volatile boolean closed;

    RedisSubscriptions(SharedRedis redis) {
        this.redis = redis;
        if (redis.client() != null) {
            redis.client().addListener(new RedisConnectionStateListener() {
                @Override
                public void onRedisDisconnected(RedisChannelHandler<?, ?> dropped) {
                    if (dropped == connection) {
                        connection = null;
                        dropped.closeAsync();
                        later();
                    }
                }
            });
        }
    }

    /** Hears the channels: {@code listener} gets (channel, message), on a Redis thread. */
    public void subscribe(BiConsumer<String, String> listener, String... channels) {
        if (redis.client() == null) {
            return; // no Redis configured: subscribers rely on their other way
        }
        subscriptions.add(new Subscription(List.of(channels), listener));
        StatefulRedisPubSubConnection<String, String> open = connection;
        if (open != null) {
            open.async().subscribe(channels);
        } else {
            connect();
        }
    }

    private synchronized void connect() {
        if (closed || connecting || connection != null) {
            return;
        }
        connecting = true;
        redis.client().connectPubSubAsync(StringCodec.UTF8, redis.uri()).whenComplete((opened, failure) -> {
            if (failure != null) {
                connecting = false;
                LOG.debug("Redis channels: cannot reach Redis ({}); retrying", failure.toString());
                later();
                return;
            }
            opened.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    deliver(channel, message);
                }
            });
            // Visible before the channels are read: a subscription added meanwhile subscribes
            // itself on it (twice at worst, which Redis ignores), never opens a second connection.
            connection = opened;
            connecting = false;
            opened.async().subscribe(subscriptions.stream().flatMap(s -> s.channels().stream()).distinct().toArray(String[]::new));
        });
    }

    private void deliver(String channel, String message) {
        for (Subscription subscription : subscriptions) {
            if (subscription.channels().contains(channel)) {
                subscription.listener().accept(channel, message);
            }
        }
    }

    private void later() {
        if (!closed) {
            CompletableFuture.delayedExecutor(redis.settings().retryAfter().toMillis(), TimeUnit.MILLISECONDS)
                    .execute(this::connect);
        }
    }

    // The connection is closed with the client it came from (SharedRedis): closing it here too
    // would close it twice.
    @PreDestroy
    void close() {
        closed = true;
        connection = null;
    }
}
