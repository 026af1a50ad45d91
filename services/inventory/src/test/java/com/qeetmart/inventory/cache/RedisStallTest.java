package com.qeetmart.inventory.cache;

import com.qeetmart.inventory.api.model.StockAdjustment;
import com.qeetmart.inventory.support.InventoryTest;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Redis does must never make a read older than a write acknowledged before it: an
 * invalidation lost while Redis stalls, or an entry Redis brought back from an old snapshot.
 */
@MicronautTest(transactional = false)
class RedisStallTest extends InventoryTest {

    private static final Duration SERVE_FROM_POSTGRES_AFTER_FAILURE = Duration.ofMillis(1500);
    private static final Duration STALL = SERVE_FROM_POSTGRES_AFTER_FAILURE.plusMillis(1500);

    private final RedisClient redisClient = RedisClient.create("redis://127.0.0.1:6379");
    private final StatefulRedisConnection<String, String> redis = redisClient.connect();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("qeetmart.redis.retry-after", SERVE_FROM_POSTGRES_AFTER_FAILURE.toMillis() + "ms");
    }

    @AfterAll
    void closeRedis() {
        redis.close();
        redisClient.shutdown();
    }

    @Test
    void aWriteWhileRedisStalledIsSeenByTheFirstReadAfterRedisIsBack() throws Exception {
        UUID product = productWithStock(3);
        asAdmin();
        String before = stockApi.getStockLevel(product).header("ETag");
        assertNotNull(cachedEntry(product), "the level is cached");

        // Long enough for the read and the write below to fall inside it on a loaded machine.
        redis.sync().clientPause(STALL.toMillis());
        assertEquals(3, stockApi.getStockLevel(product).body().getOnHand(), "a read times out on Redis, is served");
        var adjusted = stockApi.adjustStock(product, new StockAdjustment(2, "delivery during a stall"), null);
        assertEquals(5, adjusted.body().getOnHand());
        String after = adjusted.header("ETag");
        assertTrue(!after.equals(before), "the write changed the version");

        // This read of Redis waits for the stall to end (and the service's retry-after has passed by then).
        assertTrue(cachedEntry(product).startsWith(unquoted(before) + "|"),
                "Redis still holds the level from before the write: its invalidation never arrived");
        var read = stockApi.getStockLevel(product);
        assertEquals(5, read.body().getOnHand(), "the read after the stall is not older than the write");
        assertEquals(after, read.header("ETag"), "so an If-Match built on it succeeds");
        assertTrue(cachedEntry(product).startsWith(unquoted(after) + "|"), "and the cache is rewritten");
    }

    @Test
    void anEntryOlderThanTheRowIsNeverServedWhateverRedisKept() {
        UUID product = productWithStock(3);
        asAdmin();
        stockApi.getStockLevel(product);
        String snapshot = cachedEntry(product);
        stockApi.adjustStock(product, new StockAdjustment(-1, "sold in store"), null);

        // As if Redis restarted from a snapshot taken before the write, or a replica missed the tombstone.
        redis.sync().set(StockCache.key(product), snapshot);
        assertEquals(2, stockApi.getStockLevel(product).body().getOnHand());
    }

    private String cachedEntry(UUID product) {
        return redis.sync().get(StockCache.key(product));
    }

    private static String unquoted(String etag) {
        return etag.replace("\"", "").replace("W/", "");
    }
}
