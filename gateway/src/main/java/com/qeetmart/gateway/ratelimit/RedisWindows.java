package com.qeetmart.gateway.ratelimit;

import com.qeetmart.gateway.GatewaySettings;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The fixed-window counters in Redis that every gateway replica adds to: one script call adds a
 * batch of increments atomically and answers each window's total and time left. Never blocks the
 * caller: connecting is asynchronous, and while Redis is not connected (or after a failure, for a
 * pause) every call fails at once, so the limiter carries on with what it counted itself.
 */
@Singleton
class RedisWindows {

    private static final Logger LOG = LoggerFactory.getLogger(RedisWindows.class);
    private static final Duration TIMEOUT = Duration.ofMillis(200);
    private static final long RETRY_AFTER_MILLIS = 5_000;
    // ARGV[1] window ms, ARGV[i + 1] the increment of KEYS[i]. Answers, per key, its total and ms left.
    private static final String HIT = """
            local out = {}
            for i, key in ipairs(KEYS) do
              local count = redis.call('INCRBY', key, ARGV[i + 1])
              local left = redis.call('PTTL', key)
              if left < 0 then
                redis.call('PEXPIRE', key, ARGV[1])
                left = tonumber(ARGV[1])
              end
              out[#out + 1] = count
              out[#out + 1] = left
            end
            return out""";

    private final RedisClient client;
    private final RedisURI uri;
    private final String prefix;
    private final String scriptSha;
    private volatile CompletableFuture<StatefulRedisConnection<String, String>> connection;
    private volatile long retryAt;

    RedisWindows(GatewaySettings settings) {
        this.uri = RedisURI.create(settings.rateLimit().redisUri());
        this.uri.setTimeout(TIMEOUT);
        this.prefix = settings.rateLimit().keyPrefix();
        this.client = RedisClient.create();
        this.client.setOptions(ClientOptions.builder().autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(TIMEOUT)).build());
        this.scriptSha = sha1(HIT);
        startConnecting(); // at startup, so the first requests are already counted across replicas
    }

    /** Adds each increment to its key's window (keys without the prefix); the answers come in the same order. */
    CompletionStage<List<Window>> add(List<String> keys, List<Long> increments, long windowMillis) {
        return connected().thenCompose(redis -> add(redis, keys, increments, windowMillis));
    }

    private CompletionStage<List<Window>> add(StatefulRedisConnection<String, String> redis, List<String> keys,
                                              List<Long> increments, long windowMillis) {
        String[] prefixed = keys.stream().map(key -> prefix + key).toArray(String[]::new);
        String[] args = new String[increments.size() + 1];
        args[0] = Long.toString(windowMillis);
        for (int i = 0; i < increments.size(); i++) {
            args[i + 1] = Long.toString(increments.get(i));
        }
        return redis.async().<List<Long>>evalsha(scriptSha, ScriptOutputType.MULTI, prefixed, args)
                .handle((result, error) -> {
                    if (error instanceof RedisNoScriptException || (error != null && error.getCause() instanceof RedisNoScriptException)) {
                        return redis.async().<List<Long>>eval(HIT, ScriptOutputType.MULTI, prefixed, args);
                    }
                    return error != null ? CompletableFuture.<List<Long>>failedFuture(error) : CompletableFuture.completedFuture(result);
                })
                .thenCompose(stage -> stage)
                .thenApply(RedisWindows::windows)
                .whenComplete((windows, error) -> {
                    if (error != null) {
                        failed(redis, error);
                    }
                });
    }

    private static List<Window> windows(List<Long> flat) {
        List<Window> windows = new ArrayList<>(flat.size() / 2);
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            windows.add(new Window(flat.get(i), flat.get(i + 1)));
        }
        return windows;
    }

    /**
     * The open connection; the one being opened (waited for at most the command timeout); or a
     * failure at once while there is none, after starting to reconnect when the pause is over.
     */
    private CompletableFuture<StatefulRedisConnection<String, String>> connected() {
        CompletableFuture<StatefulRedisConnection<String, String>> current = connection;
        if (current != null && !current.isDone()) {
            return current.copy().orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (current != null && !current.isCompletedExceptionally() && current.join().isOpen()) {
            return current;
        }
        if (System.currentTimeMillis() >= retryAt) {
            startConnecting();
        }
        return CompletableFuture.failedFuture(new IllegalStateException("Redis is not connected"));
    }

    private synchronized void startConnecting() {
        if (connection != null && !connection.isDone()) {
            return;
        }
        retryAt = System.currentTimeMillis() + RETRY_AFTER_MILLIS;
        connection = client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture()
                .whenComplete((redis, error) -> {
                    if (error != null) {
                        LOG.warn("Rate limit counters in Redis unavailable ({}): limiting per replica", error.getMessage());
                    } else {
                        LOG.info("Rate limit counters shared in Redis at {}:{}", uri.getHost(), uri.getPort());
                    }
                });
    }

    private void failed(StatefulRedisConnection<String, String> redis, Throwable error) {
        LOG.warn("Rate limit counters in Redis failed ({}): limiting per replica for a while", error.getMessage());
        retryAt = System.currentTimeMillis() + RETRY_AFTER_MILLIS;
        redis.closeAsync();
    }

    private static String sha1(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void close() {
        CompletableFuture<StatefulRedisConnection<String, String>> current = connection;
        if (current != null && current.isDone() && !current.isCompletedExceptionally()) {
            current.join().close();
        }
        client.shutdown();
    }
}
