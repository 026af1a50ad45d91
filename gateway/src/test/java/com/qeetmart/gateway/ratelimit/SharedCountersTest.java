package com.qeetmart.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared counters against a Redis whose calls the test takes and answers in the order it
 * chooses: a client's count never falls within a window and every request is counted once, in
 * Redis as here, whatever order the answers come back in.
 */
class SharedCountersTest {

    private static final String KEY = "all:192.0.2.7";
    private static final long STALE_AFTER = 200;

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final StandInRedis redis = new StandInRedis(clock::get);
    private final SharedCounters counters = new SharedCounters(redis, STALE_AFTER, clock::get);

    @Test
    void aPushUnderWayIsNotCountedTwiceByARequestThatAsksRedis() {
        List<Long> seen = new ArrayList<>();
        redis.away = true;
        for (int i = 0; i < 5; i++) {
            seen.add(count(counters.hit(List.of(KEY))));
        }
        redis.away = false;
        clock.addAndGet(1_000);
        counters.sync(); // the five counted while Redis was away are on their way
        CompletionStage<List<Window>> during = counters.hit(List.of(KEY));
        List<StandInRedis.Call> calls = new ArrayList<>(redis.calls);
        calls.forEach(redis::take);
        for (int i = calls.size() - 1; i >= 0; i--) {
            redis.answer(calls.get(i)); // a later call's answer overtakes the push's
        }
        seen.add(count(during));
        seen.add(count(counters.hit(List.of(KEY))));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), seen, "one more with each request, never less");
        counters.sync();
        redis.answerAll();
        assertEquals(7, redis.count(KEY), "Redis holds each request once");
        assertEquals(8, count(counters.hit(List.of(KEY))));
    }

    @Test
    void whileARequestAsksRedisNothingElseAboutItsKeyIsSent() {
        hitAndAnswer();
        clock.addAndGet(1_000); // what this replica knows is no longer fresh
        CompletionStage<List<Window>> asking = counters.hit(List.of(KEY));
        assertEquals(1, redis.calls.size(), "the stale knowledge is refreshed by asking");
        CompletionStage<List<Window>> meanwhile = counters.hit(List.of(KEY));
        counters.sync();
        assertEquals(1, redis.calls.size(), "a second request and the push wait for that answer");
        redis.answerAll();
        assertEquals(2, count(meanwhile), "counted here against what was known");
        assertEquals(3, count(asking), "the answer holds both");
        counters.sync();
        redis.answerAll();
        assertEquals(3, redis.count(KEY));
        assertEquals(4, count(counters.hit(List.of(KEY))));
    }

    @Test
    void aWindowGuessedWhileRedisWasAwayBecomesRedisWindow() {
        long start = clock.get();
        redis.countedElsewhere(KEY, 40, start + 20_000);
        redis.away = true;
        assertEquals(1, count(counters.hit(List.of(KEY))), "counted here only");
        redis.away = false;
        counters.sync();
        redis.answerAll();
        Window window = window(counters.hit(List.of(KEY)));
        assertEquals(42, window.count(), "the other replica's 40, the one pushed, and this one");
        assertEquals(20_000, window.millisLeft(), "the window ends where Redis's ends");
        clock.set(start + 20_001);
        CompletionStage<List<Window>> next = counters.hit(List.of(KEY));
        redis.answerAll();
        assertEquals(1, count(next), "a new window, in Redis as here");
    }

    @Test
    void aWindowRedisBeganAnewReplacesTheOneItForgot() {
        long start = clock.get();
        redis.countedElsewhere(KEY, 9, start + 60_000);
        hitAndAnswer();
        redis.restart();
        clock.addAndGet(30_000);
        hitAndAnswer(); // stale: it asks, and Redis answers from a window it began now
        Window window = window(counters.hit(List.of(KEY)));
        assertEquals(2, window.count(), "what every replica now counts from");
        assertEquals(60_000, window.millisLeft());
    }

    @Test
    void answersAboutTwoKeysComeBackInTheirOrder() {
        CompletionStage<List<Window>> both = counters.hit(List.of(KEY, "auth:" + KEY));
        redis.answerAll();
        List<Window> windows = both.toCompletableFuture().join();
        assertEquals(2, windows.size());
        assertTrue(windows.stream().allMatch(window -> window.count() == 1));
    }

    private void hitAndAnswer() {
        CompletionStage<List<Window>> hit = counters.hit(List.of(KEY));
        redis.answerAll();
        hit.toCompletableFuture().join();
    }

    private static Window window(CompletionStage<List<Window>> hit) {
        assertTrue(hit.toCompletableFuture().isDone(), "answered");
        return hit.toCompletableFuture().join().get(0);
    }

    private static long count(CompletionStage<List<Window>> hit) {
        return window(hit).count();
    }
}
