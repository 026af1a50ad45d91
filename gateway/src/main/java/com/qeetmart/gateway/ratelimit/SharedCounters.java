package com.qeetmart.gateway.ratelimit;

import com.qeetmart.gateway.GatewaySettings;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One-minute request counters per key, shared by every replica through Redis without a Redis
 * round trip per request. A request is counted here, against what this replica last learnt from
 * Redis, when that knowledge is fresh (younger than two sync intervals); otherwise (a new client,
 * or one that was quiet here) it asks Redis at once, so a client that moves between replicas is
 * counted from the total. Local counts are pushed to Redis in one batch every sync interval, each
 * push answering the total of all replicas. A client can therefore exceed its limit only by what
 * other replicas took from it within about one interval (100 ms by default).
 * <p>At most one exchange with Redis about a key is under way at a time (a push, or a request
 * asking): an answer that already holds a push still under way would count that push twice, and
 * the count would fall back when the push's own answer came. Within a window the count a client
 * sees therefore only grows. The window is Redis's: an answer for a window that ends elsewhere
 * than this replica thought (Redis began a new one, or the window was guessed while Redis was
 * away) replaces what the replica knew.
 * <p>While Redis is unreachable the same counters go on locally: the limit holds per replica, and
 * what was counted meanwhile is pushed when Redis is back.
 */
@Singleton
class SharedCounters {

    static final long WINDOW_MILLIS = 60_000;
    /** Windows whose ends differ by less than this are one window seen at two moments. */
    private static final long SAME_WINDOW_MILLIS = 1_000;

    private final WindowStore store;
    private final long staleAfterMillis;
    private final LongSupplier clock;
    private final Map<String, CounterSlot> slots = new ConcurrentHashMap<>();

    @Inject
    SharedCounters(WindowStore store, GatewaySettings settings) {
        this(store, 2 * settings.rateLimit().syncInterval().toMillis(), System::currentTimeMillis);
    }

    SharedCounters(WindowStore store, long staleAfterMillis, LongSupplier clock) {
        this.store = store;
        this.staleAfterMillis = staleAfterMillis;
        this.clock = clock;
    }

    /** Counts one request against each key; answers each key's window, in order. */
    CompletionStage<List<Window>> hit(List<String> keys) {
        long now = clock.getAsLong();
        List<Window> windows = new ArrayList<>(keys.size());
        List<String> asking = new ArrayList<>(0);
        for (String key : keys) {
            CounterSlot slot = slots.get(key);
            Window counted = slot == null ? null : slot.countHere(now, staleAfterMillis);
            if (counted == null) {
                asking.add(key);
            }
            windows.add(counted);
        }
        if (asking.isEmpty()) {
            return CompletableFuture.completedFuture(windows);
        }
        return store.add(asking, asking.stream().map(key -> 1L).toList(), WINDOW_MILLIS).handle((answers, redisDown) -> {
            long answeredAt = clock.getAsLong();
            for (int i = 0, a = 0; i < keys.size(); i++) {
                if (windows.get(i) == null) {
                    windows.set(i, asked(keys.get(i), redisDown == null ? answers.get(a) : null, now, answeredAt));
                    a++;
                }
            }
            return windows;
        });
    }

    // Records the answer to a request that asked Redis (null: Redis could not answer, counted here only).
    private Window asked(String key, Window answer, long now, long answeredAt) {
        CounterSlot slot = slots.compute(key, (k, current) -> {
            if (current == null || current.endsAt() <= now) {
                return answer != null ? CounterSlot.learnt(answeredAt + answer.millisLeft(), answer.count(), answeredAt)
                        : CounterSlot.guessed(now + WINDOW_MILLIS);
            }
            current.answered(answer, answeredAt, SAME_WINDOW_MILLIS);
            return current;
        });
        return slot.window(answeredAt);
    }

    /** Pushes what was counted here since the last push and learns every replica's total. */
    @Scheduled(fixedDelay = "${qeetmart.gateway.rate-limit.sync-interval:100ms}")
    void sync() {
        long now = clock.getAsLong();
        slots.values().removeIf(slot -> slot.endsAt() <= now);
        List<String> keys = new ArrayList<>();
        List<Long> increments = new ArrayList<>();
        List<CounterSlot> sent = new ArrayList<>();
        slots.forEach((key, slot) -> {
            long increment = slot.startPush();
            if (increment > 0) {
                keys.add(key);
                increments.add(increment);
                sent.add(slot);
            }
        });
        if (keys.isEmpty()) {
            return;
        }
        store.add(keys, increments, WINDOW_MILLIS).whenComplete((answers, redisDown) -> {
            long answeredAt = clock.getAsLong();
            for (int i = 0; i < sent.size(); i++) {
                sent.get(i).pushed(redisDown == null ? answers.get(i) : null, answeredAt, SAME_WINDOW_MILLIS);
            }
        });
    }
}
