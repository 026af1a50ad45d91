package com.qeetmart.platform.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The process's one connection to Redis, for every use of it (the gateway's shared rate-limit
 * counters, inventory's stock cache, auth's announcements; {@link RedisSubscriptions} for the
 * channels verifiers hear). Redis is a cache or a fan-out here, never the only copy of anything,
 * so while it is away every use degrades the same way: a command fails at once, nothing waits on
 * Redis longer than {@code timeout}, and after a failure nothing is asked of it for
 * {@code retry-after} (then the next command reconnects). The connection opens at start, so the
 * first requests find it; {@code qeetmart_redis_available} says whether it is there.
 */
@Singleton
public final class SharedRedis {

    private static final Logger LOG = LoggerFactory.getLogger(SharedRedis.class);

    /** The failure of a command not sent because Redis is away: it does not extend the pause. */
    private static final class Away extends RuntimeException {
        Away(String why) {
            super(why, null, false, false); // no stack trace: it is an expected answer, made often
        }
    }

    private final RedisSettings settings;
    private final RedisClient client;
    private final RedisURI uri;
    private volatile CompletableFuture<StatefulRedisConnection<String, String>> connection;
    private volatile long awayUntil;
    private volatile String awayBecause;
    private volatile boolean closed;

    SharedRedis(RedisSettings settings) {
        this.settings = settings;
        this.uri = settings.configured() ? RedisURI.create(settings.uri()) : null;
        this.client = settings.configured() ? RedisClient.create() : null;
        if (client != null) {
            uri.setTimeout(settings.timeout());
            client.setOptions(ClientOptions.builder().autoReconnect(false)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .timeoutOptions(TimeoutOptions.enabled(settings.timeout())).build());
            connect();
        } else {
            awayBecause = "no Redis is configured (REDIS_URL)";
        }
    }

    /** Runs a command; its answer, or a failure at once while Redis is away (never later than the timeout). */
    public <T> CompletableFuture<T> call(Function<RedisAsyncCommands<String, String>, ? extends CompletionStage<T>> command) {
        return connected().thenCompose(redis -> command.apply(redis.async()))
                .whenComplete((answer, failure) -> {
                    if (failure != null) {
                        away(failure);
                    }
                });
    }

    /** Runs a command and waits for it (at most the timeout): empty while Redis is away or when it failed. */
    public <T> Optional<T> await(Function<RedisAsyncCommands<String, String>, ? extends CompletionStage<T>> command) {
        try {
            return Optional.ofNullable(call(command).get(2 * settings.timeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException failed) {
            away(failed);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Why Redis cannot be used just now; empty while it can. */
    public Optional<String> awayBecause() {
        if (client != null && System.currentTimeMillis() >= awayUntil) {
            CompletableFuture<StatefulRedisConnection<String, String>> current = connection;
            boolean open = current != null && current.isDone() && !current.isCompletedExceptionally() && current.join().isOpen();
            return open ? Optional.empty() : Optional.of("not connected");
        }
        return Optional.ofNullable(awayBecause);
    }

    /** Asks Redis whether it is there (warm-up, a metrics scrape): reconnects when that is due. */
    public void probe() {
        await(RedisAsyncCommands::ping);
    }

    RedisClient client() {
        return client;
    }

    RedisURI uri() {
        return uri;
    }

    RedisSettings settings() {
        return settings;
    }

    private CompletableFuture<StatefulRedisConnection<String, String>> connected() {
        if (client == null) {
            return CompletableFuture.failedFuture(new Away(awayBecause));
        }
        CompletableFuture<StatefulRedisConnection<String, String>> current = connection;
        if (current != null && !current.isDone()) {
            return current.copy().orTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        if (current != null && !current.isCompletedExceptionally() && current.join().isOpen()) {
            return current;
        }
        if (System.currentTimeMillis() < awayUntil) {
            return CompletableFuture.failedFuture(new Away("Redis is away: " + awayBecause));
        }
        return connect().copy().orTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized CompletableFuture<StatefulRedisConnection<String, String>> connect() {
        CompletableFuture<StatefulRedisConnection<String, String>> current = connection;
        if (current != null && !current.isDone()) {
            return current;
        }
        current = client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture().whenComplete((redis, failure) -> {
            if (failure == null) {
                LOG.info("Redis connected at {}:{}", uri.getHost(), uri.getPort());
            } else {
                away(failure);
            }
        });
        connection = current;
        return current;
    }

    // One failure makes Redis away for retry-after: what it cost once is not paid again meanwhile.
    private synchronized void away(Throwable failure) {
        Throwable cause = failure instanceof CompletionException || failure instanceof ExecutionException
                ? failure.getCause() : failure;
        if (cause instanceof Away || closed) {
            return; // not a new failure; or the process is stopping
        }
        long now = System.currentTimeMillis();
        if (now >= awayUntil) {
            LOG.warn("Redis unavailable ({}); every use of it degrades for {} ms", cause.toString(),
                    settings.retryAfter().toMillis());
        }
        awayBecause = cause.toString();
        awayUntil = now + settings.retryAfter().toMillis();
        CompletableFuture<StatefulRedisConnection<String, String>> current = connection;
        connection = null;
        if (current != null && current.isDone() && !current.isCompletedExceptionally()) {
            current.join().closeAsync(); // a stalled connection's queue is dropped with it
        }
    }

    @PreDestroy
    void close() {
        closed = true;
        if (client != null) {
            client.shutdownAsync(0, 1, TimeUnit.SECONDS); // closes every connection it opened, once
        }
    }
}
