package com.qeetmart.gateway.ratelimit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;

/**
 * Redis's fixed windows as the counters' script keeps them (INCRBY, a window begun by the first
 * increment), with each call held until the test lets Redis take it and, separately, lets its
 * answer arrive: so a test can make answers overtake one another as a busy network does.
 */
final class StandInRedis implements WindowStore {

    /** One call to the script: taken by Redis ({@link #take}), then answered ({@link #answer}). */
    static final class Call {
        final List<String> keys;
        final List<Long> increments;
        final CompletableFuture<List<Window>> answer = new CompletableFuture<>();
        List<Window> taken;

        Call(List<String> keys, List<Long> increments) {
            this.keys = keys;
            this.increments = increments;
        }
    }

    private final LongSupplier clock;
    private final Map<String, long[]> windows = new HashMap<>(); // key -> {count, endsAt}
    final Deque<Call> calls = new ArrayDeque<>();
    boolean away;

    StandInRedis(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public CompletionStage<List<Window>> add(List<String> keys, List<Long> increments, long windowMillis) {
        if (away) {
            return CompletableFuture.failedFuture(new IllegalStateException("Redis is away"));
        }
        Call call = new Call(List.copyOf(keys), List.copyOf(increments));
        calls.add(call);
        return call.answer;
    }

    /** Redis runs the call now; its answer is not yet on its way back. */
    Call take(Call call) {
        long now = clock.getAsLong();
        call.taken = new ArrayList<>();
        for (int i = 0; i < call.keys.size(); i++) {
            long[] window = windows.get(call.keys.get(i));
            if (window == null || window[1] <= now) {
                window = new long[] {0, now + SharedCounters.WINDOW_MILLIS};
                windows.put(call.keys.get(i), window);
            }
            window[0] += call.increments.get(i);
            call.taken.add(new Window(window[0], window[1] - now));
        }
        return call;
    }

    /** The answer of a call Redis took arrives. */
    void answer(Call call) {
        calls.remove(call);
        call.answer.complete(call.taken);
    }

    /** Every waiting call, taken and answered in the order made. */
    void answerAll() {
        while (!calls.isEmpty()) {
            answer(take(calls.peekFirst()));
        }
    }

    /** What another replica counted: requests already in Redis's window for a key. */
    void countedElsewhere(String key, long count, long endsAt) {
        windows.put(key, new long[] {count, endsAt});
    }

    /** Redis forgets everything (a restart without persistence). */
    void restart() {
        windows.clear();
    }

    long count(String key) {
        long[] window = windows.get(key);
        return window == null ? 0 : window[0];
    }
}
