package com.qeetmart.platform.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a condition with a deadline instead of sleeping a guessed time: polls every 20 ms and
 * returns the first value that satisfies it, or fails naming what it waited for and the last
 * value seen. Deadlines are generous (a loaded two-core CI machine), as they cost nothing when
 * the condition comes early.
 */
public final class Eventually {

    private static final long POLL_MILLIS = 20;

    private Eventually() {
    }

    public static <T> T await(String what, Duration deadline, Supplier<T> probe, Predicate<T> done) {
        long until = System.nanoTime() + deadline.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited " + deadline.toSeconds() + " s for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
            last = probe.get();
        }
        return last;
    }

    public static void await(String what, Duration deadline, Supplier<Boolean> condition) {
        await(what, deadline, condition, Boolean.TRUE::equals);
    }
}
