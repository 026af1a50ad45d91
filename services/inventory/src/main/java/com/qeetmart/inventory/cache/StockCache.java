package com.qeetmart.inventory.cache;

import com.qeetmart.inventory.InventorySettings;
import com.qeetmart.inventory.stock.StockLevel;
import com.qeetmart.platform.redis.SharedRedis;
import io.lettuce.core.ScriptOutputType;
import jakarta.inject.Singleton;

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
 * cached", as every use of the process's one Redis connection ({@link SharedRedis}) does.
 */
@Singleton
public class StockCache {

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

    private final SharedRedis redis;
    private final long ttlMillis;

    StockCache(SharedRedis redis, InventorySettings settings) {
        this.redis = redis;
        this.ttlMillis = settings.cache().ttl().toMillis();
    }

    /** The cached level, if it is still valid and at least as new as {@code currentVersion}, the row's in PostgreSQL. */
    public Optional<StockLevel> get(UUID productId, long currentVersion, Instant now) {
        return redis.await(commands -> commands.get(key(productId))).flatMap(CachedLevel::parse)
                .filter(level -> level.version() >= currentVersion)
                .filter(level -> level.validUntil() == null || now.isBefore(level.validUntil()));
    }

    public void put(StockLevel level) {
        redis.await(commands -> commands.<Long>eval(PUT_IF_NEWER, ScriptOutputType.INTEGER, new String[] {key(level.productId())},
                String.valueOf(level.version()), CachedLevel.format(level), String.valueOf(ttlMillis), "0"));
    }

    /** After a commit: no reader may serve anything older than these versions. */
    public void invalidate(Map<UUID, Long> committedVersions) {
        committedVersions.forEach((productId, version) -> redis.await(commands -> commands.<Long>eval(PUT_IF_NEWER,
                ScriptOutputType.INTEGER, new String[] {key(productId)}, String.valueOf(version),
                CachedLevel.tombstone(version), String.valueOf(ttlMillis), "1")));
    }

    static String key(UUID productId) {
        return KEY + productId;
    }

    /** Asks Redis whether it is there (for health). */
    public void probe() {
        redis.probe();
    }

    /** Whether Redis answered the last time it was asked, and if not, why. */
    public Optional<String> unavailableBecause() {
        return redis.awayBecause();
    }
}
