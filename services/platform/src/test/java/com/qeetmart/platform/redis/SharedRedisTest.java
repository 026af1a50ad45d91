package com.qeetmart.platform.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.platform.testing.Eventually;
import com.qeetmart.platform.testing.FreePort;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** One behaviour while Redis is away, whoever uses it: fail at once, pause, come back by itself. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedRedisTest {

    private static final String REDIS = "redis://127.0.0.1:6379";
    private static final Duration TIMEOUT = Duration.ofMillis(250);
    private static final Duration RETRY_AFTER = Duration.ofMillis(500);

    private final RedisClient testClient = RedisClient.create(REDIS);
    private final StatefulRedisConnection<String, String> test = testClient.connect();
    private final String key = "test:shared-redis:" + UUID.randomUUID();

    @AfterAll
    void close() {
        test.sync().del(key);
        test.close();
        testClient.shutdown();
    }

    @Test
    void commandsRunOnTheOneConnection() {
        SharedRedis redis = redis(REDIS);
        try {
            assertEquals(Optional.of("OK"), redis.await(commands -> commands.set(key, "v")));
            assertEquals("v", redis.call(commands -> commands.get(key)).join());
            assertEquals(Optional.empty(), redis.awayBecause());
        } finally {
            redis.close();
        }
    }

    @Test
    void whileNothingAnswersEveryCommandFailsAtOnceAndRedisIsReportedAway() {
        SharedRedis redis = redis("redis://127.0.0.1:" + FreePort.find());
        try {
            assertEquals(Optional.empty(), redis.await(commands -> commands.get(key)), "the first use fails");
            CompletableFuture<String> next = redis.call(commands -> commands.get(key));
            assertTrue(next.isCompletedExceptionally(), "then every use fails at once, without asking");
            assertTrue(redis.awayBecause().isPresent());
        } finally {
            redis.close();
        }
    }

    @Test
    void withoutARedisConfiguredEveryUseDegradesTheSameWay() {
        SharedRedis redis = redis("");
        assertTrue(redis.call(commands -> commands.get(key)).isCompletedExceptionally());
        assertEquals(Optional.empty(), redis.await(commands -> commands.get(key)));
        assertTrue(redis.awayBecause().orElseThrow().contains("no Redis is configured"));
        new RedisSubscriptions(redis).subscribe((channel, message) -> { }, "anything"); // a no-op, not a failure
    }

    @Test
    void aStalledRedisIsLeftAloneForTheRetryAfterThenUsedAgain() {
        SharedRedis redis = redis(REDIS);
        try {
            assertEquals(Optional.of("OK"), redis.await(commands -> commands.set(key, "before")));
            test.sync().clientPause(1000);
            long started = System.nanoTime();
            assertEquals(Optional.empty(), redis.await(commands -> commands.get(key)), "a stalled command times out");
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(TIMEOUT.multipliedBy(3)) < 0,
                    "after about the timeout, not the stall");
            assertTrue(redis.call(commands -> commands.get(key)).isCompletedExceptionally(), "the pause: nothing is asked");

            assertEquals("before", Eventually.await("Redis used again after the stall", Duration.ofSeconds(10),
                    () -> redis.await(commands -> commands.get(key)), Optional::isPresent).orElseThrow());
            assertEquals(Optional.empty(), redis.awayBecause());
        } finally {
            redis.close();
        }
    }

    @Test
    void aSubscriptionHearsItsChannels() {
        SharedRedis redis = redis(REDIS);
        RedisSubscriptions subscriptions = new RedisSubscriptions(redis);
        List<String> heard = new CopyOnWriteArrayList<>();
        String channel = "test:channel:" + UUID.randomUUID();
        try {
            subscriptions.subscribe((on, message) -> heard.add(on + "=" + message), channel);
            Eventually.await("the message heard", Duration.ofSeconds(10), () -> {
                test.sync().publish(channel, "hello");
                return heard;
            }, messages -> !messages.isEmpty());
            assertEquals(channel + "=hello", heard.get(0));
        } finally {
            subscriptions.close();
            redis.close();
        }
    }

    @Test
    void aSubscriptionWhoseConnectionDropsIsHeardAgainOnANewOne() {
        String name = "test-subscriber-" + UUID.randomUUID().toString().substring(0, 8);
        SharedRedis redis = redis(REDIS + "?clientName=" + name);
        RedisSubscriptions subscriptions = new RedisSubscriptions(redis);
        List<String> heard = new CopyOnWriteArrayList<>();
        String channel = "test:channel:" + UUID.randomUUID();
        try {
            subscriptions.subscribe((on, message) -> heard.add(message), channel);
            Eventually.await("heard before the drop", Duration.ofSeconds(10), () -> {
                test.sync().publish(channel, "before");
                return heard;
            }, messages -> messages.contains("before"));

            String subscriber = Eventually.await("its connection listed", Duration.ofSeconds(10),
                    () -> test.sync().clientList().lines().filter(line -> line.contains("name=" + name + " "))
                            .filter(line -> line.contains(" sub=1 ")).findFirst().orElse(""), line -> !line.isEmpty());
            String id = subscriber.replaceFirst("^id=(\\d+) .*", "$1");
            test.sync().clientKill(io.lettuce.core.KillArgs.Builder.id(Long.parseLong(id)));

            Eventually.await("heard again after the drop, on a new connection", Duration.ofSeconds(15), () -> {
                test.sync().publish(channel, "after");
                return heard;
            }, messages -> messages.contains("after"));
        } finally {
            subscriptions.close();
            redis.close();
        }
    }

    private static SharedRedis redis(String uri) {
        return new SharedRedis(new RedisSettings(uri, TIMEOUT, RETRY_AFTER));
    }
}
