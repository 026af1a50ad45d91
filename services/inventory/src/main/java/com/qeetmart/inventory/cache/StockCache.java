package com.qeetmart.inventory.cache;

import com.qeetmart.inventory.InventorySettings;
import com.qeetmart.inventory.stock.StockLevel;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Redis read cache of stock levels. What it saves is the derived part of a level (units of
 * expired reservations not yet released, the next expiry), not the authority on which level is
 * current: each entry carries the stock row's version, and a reader serves it only when it is at
 * least as new as the row it has just read from PostgreSQL. So no answer is ever older than a
 * write acknowledged before the read began, whatever Redis did meanwhile (an invalidation lost to
 * a stall or a network cut, a restart from an old snapshot, another replica's write). A write
 * still leaves a tombstone of its new version, and a reader may only store a level at least as
 * new as what is there, which keeps the hit rate up. An entry also stops being used when the next
 * reservation it counts expires. Redis being down only costs speed: every call degrades to "not
 * cached", and connecting is retried after a pause.
 */
@Singleton
public class StockCache {

    private static final Logger LOG = LoggerFactory.getLogger(StockCache.class);
    private static final Duration TIMEOUT = Duration.ofMillis(250);
    private static final String KEY = "inventory:stock:";
    // KEYS[1] entry; ARGV[1] version; ARGV[2] value; ARGV[3] ttl ms; ARGV[4] 1 = replace only an older version.
    private static final String PUT_IF_NEWER = """
            local current = redis.call('GET', KEYS[1])
            if current then
              local v = tonumber(string.match(current, '^(%d+)|'))
              local incoming = tonumber(ARGV[1])
              if v and (v > incoming or (ARGV[4] == '1' and v == incoming)) then return 0 end
            end
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            return 1""";

    private final RedisClient client;
    private final long ttlMillis;
    private final Duration retryAfter;
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile Instant downUntil = Instant.EPOCH;
    private volatile String lastError;

    StockCache(InventorySettings settings) {
        RedisURI uri = RedisURI.create(settings.cache().redisUri());
        uri.setTimeout(TIMEOUT);
        this.client = RedisClient.create(uri);
        this.client.setOptions(ClientOptions.builder().autoReconnect(false)
                .timeoutOptions(TimeoutOptions.enabled(TIMEOUT)).build());
        this.ttlMillis = settings.cache().ttl().toMillis();
        this.retryAfter = settings.cache().retryAfter();
    }

    /** The cached level, if it is still valid and at least as new as {@code currentVersion}, the row's in PostgreSQL. */
    public Optional<StockLevel> get(UUID productId, long currentVersion, Instant now) {
        return call(redis -> redis.sync().get(key(productId))).flatMap(CachedLevel::parse)
                .filter(level -> level.version() >= currentVersion)
                .filter(level -> level.validUntil() == null || now.isBefore(level.validUntil()));
    }

    public void put(StockLevel level) {
        call(redis -> redis.sync().eval(PUT_IF_NEWER, ScriptOutputType.INTEGER, new String[] {key(level.productId())},
                String.valueOf(level.version()), CachedLevel.format(level), String.valueOf(ttlMillis), "0"));
    }

    /** After a commit: no reader may serve anything older than these versions. */
    public void invalidate(Map<UUID, Long> committedVersions) {
        committedVersions.forEach((productId, version) -> call(redis -> redis.sync().eval(PUT_IF_NEWER,
                ScriptOutputType.INTEGER, new String[] {key(productId)}, String.valueOf(version),
                CachedLevel.tombstone(version), String.valueOf(ttlMillis), "1")));
    }

    static String key(UUID productId) {
        return KEY + productId;
    }

    /** Asks Redis whether it is there (for health). */
    public void probe() {
        call(redis -> redis.sync().ping());
    }

    /** Whether Redis answered the last time it was asked, and if not, why. */
    public Optional<String> unavailableBecause() {
        return Instant.now().isBefore(downUntil) ? Optional.ofNullable(lastError) : Optional.empty();
    }

    private interface RedisCall<T> {
        T run(StatefulRedisConnection<String, String> redis);
    }

    private <T> Optional<T> call(RedisCall<T> work) {
        if (Instant.now().isBefore(downUntil)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.run(connection()));
        } catch (RuntimeException e) {
            markDown(e);
            return Optional.empty();
        }
    }

    private StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> current = connection;
        if (current != null && current.isOpen()) {
            return current;
        }
        synchronized (this) {
            if (connection == null || !connection.isOpen()) {
                connection = client.connect();
            }
            return connection;
        }
    }

    private synchronized void markDown(RuntimeException e) {
        if (Instant.now().isAfter(downUntil)) {
            LOG.warn("Stock cache unavailable, serving from PostgreSQL for {} ms: {}", retryAfter.toMillis(), e.toString());
        }
        lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
        downUntil = Instant.now().plus(retryAfter);
        if (connection != null) {
            connection.closeAsync();
            connection = null;
        }
    }

    @PreDestroy
    void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown();
    }
}
