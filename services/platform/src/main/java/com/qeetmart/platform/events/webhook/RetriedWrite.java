package com.qeetmart.platform.events.webhook;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A database write whose effect must not be lost to a brief failure: run again after a pause that
 * grows fourfold each time (100, 400, 1,600 ms from a first pause of 100), up to {@code tries}
 * times; the last failure is thrown. Each write runs in its own transaction, so a failed one left
 * nothing behind.
 */
final class RetriedWrite {

    private RetriedWrite() {
    }

    static <T> T run(int tries, long firstPauseMillis, Supplier<T> write, BiConsumer<Integer, RuntimeException> retrying) {
        long pause = firstPauseMillis;
        for (int tried = 1; ; tried++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (tried >= tries) {
                    throw e;
                }
                retrying.accept(tried, e);
                sleep(pause);
                pause *= 4;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before a write could be tried again", e);
        }
    }
}
