package com.qeetmart.gateway.ratelimit;

import com.qeetmart.gateway.GatewaySettings;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-minute request counters per key, shared by every replica through Redis without a Redis
 * round trip per request. A request is counted here, against what this replica last learnt from
 * Redis, when that knowledge is fresh (younger than two sync intervals); otherwise (a new client,
 * or one that was quiet here) it asks Redis at once, so a client that moves between replicas is
 * counted from the total. Local counts are pushed to Redis in one batch every sync interval, each
 * push answering the total of all replicas. A client can therefore exceed its limit only by what
 * other replicas took from it within about one interval (100 ms by default).
 * <p>While Redis is unreachable the same counters go on locally: the limit holds per replica, and
 * what was counted meanwhile is pushed when Redis is back.
 */
@Singleton
class SharedCounters {

    static final long WINDOW_MILLIS = 60_000;

    /** A key's window as this replica knows it: Redis's last total, plus what is on its way and what is not yet sent. */
    private static final class Slot {
        final long endsAt;
        long shared;
        long inFlight;
        long pending;
        long syncedAt;

        Slot(long endsAt, long shared, long pending, long syncedAt) {
            this.endsAt = endsAt;
            this.shared = shared;
            this.pending = pending;
            this.syncedAt = syncedAt;
        }

        long total() {
            return shared + inFlight + pending;
        }
    }

    private final RedisWindows redis;
    private final long staleAfterMillis;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    SharedCounters(RedisWindows redis, GatewaySettings settings) {
        this.redis = redis;
        this.staleAfterMillis = 2 * settings.rateLimit().syncInterval().toMillis();
    }

    /** Counts one request against each key; answers each key's window, in order. */
    CompletionStage<List<Window>> hit(List<String> keys) {
        long now = System.currentTimeMillis();
        List<Window> windows = new ArrayList<>(keys.size());
        List<String> unknown = new ArrayList<>(0);
        for (String key : keys) {
            Slot slot = slots.get(key);
            if (slot != null && slot.endsAt > now && now - slot.syncedAt <= staleAfterMillis) {
                synchronized (slot) {
                    slot.pending++;
                    windows.add(new Window(slot.total(), slot.endsAt - now));
                }
            } else {
                unknown.add(key);
                windows.add(null);
            }
        }
        if (unknown.isEmpty()) {
            return CompletableFuture.completedFuture(windows);
        }
        return redis.add(unknown, unknown.stream().map(key -> 1L).toList(), WINDOW_MILLIS).handle((answers, redisDown) -> {
            for (int i = 0, u = 0; i < keys.size(); i++) {
                if (windows.get(i) == null) {
                    windows.set(i, counted(keys.get(i), redisDown == null ? answers.get(u) : null, now));
                    u++;
                }
            }
            return windows;
        });
    }

    // Records a request Redis has counted (answer) or, when Redis could not, one counted only here.
    private Window counted(String key, Window answer, long now) {
        Slot slot = slots.compute(key, (k, current) -> {
            if (current == null || current.endsAt <= now) {
                return answer != null ? new Slot(now + answer.millisLeft(), answer.count(), 0, now)
                        : new Slot(now + WINDOW_MILLIS, 0, 1, 0);
            }
            synchronized (current) {
                if (answer != null) {
                    current.shared = Math.max(current.shared, answer.count());
                    current.syncedAt = now;
                } else {
                    current.pending++;
                }
            }
            return current;
        });
        synchronized (slot) {
            return new Window(slot.total(), slot.endsAt - now);
        }
    }

    /** Pushes what was counted here since the last push and learns every replica's total. */
    @Scheduled(fixedDelay = "${qeetmart.gateway.rate-limit.sync-interval:100ms}")
    void sync() {
        long now = System.currentTimeMillis();
        slots.values().removeIf(slot -> slot.endsAt <= now);
        List<String> keys = new ArrayList<>();
        List<Long> increments = new ArrayList<>();
        List<Slot> sent = new ArrayList<>();
        slots.forEach((key, slot) -> {
            synchronized (slot) {
                if (slot.pending > 0 && slot.inFlight == 0) {
                    slot.inFlight = slot.pending;
                    slot.pending = 0;
                    keys.add(key);
                    increments.add(slot.inFlight);
                    sent.add(slot);
                }
            }
        });
        if (keys.isEmpty()) {
            return;
        }
        redis.add(keys, increments, WINDOW_MILLIS).whenComplete((answers, redisDown) -> {
            long answeredAt = System.currentTimeMillis();
            for (int i = 0; i < sent.size(); i++) {
                Slot slot = sent.get(i);
                synchronized (slot) {
                    if (redisDown == null) {
                        slot.shared = answers.get(i).count();
                        slot.syncedAt = answeredAt;
                    } else {
                        slot.pending += slot.inFlight;
                    }
                    slot.inFlight = 0;
                }
            }
        });
    }
}
