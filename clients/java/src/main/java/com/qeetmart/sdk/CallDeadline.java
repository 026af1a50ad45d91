package com.qeetmart.sdk;

import java.time.Duration;

/**
 * The one deadline of a call: every attempt, every wait between them and the sign-in the call
 * needs (made on the same thread, so it runs under the deadline of the call that needed it).
 */
record CallDeadline(long atNanos, Duration budget) {

    private static final ThreadLocal<CallDeadline> CURRENT = new ThreadLocal<>();

    /** Runs {@code call} under a deadline of {@code budget}, or of the enclosing call's when that ends sooner. */
    static <T> T within(Duration budget, Call<T> call) throws java.io.IOException, InterruptedException {
        CallDeadline enclosing = CURRENT.get();
        CallDeadline own = new CallDeadline(System.nanoTime() + budget.toNanos(), budget);
        CallDeadline deadline = enclosing != null && enclosing.atNanos - own.atNanos < 0 ? enclosing : own;
        CURRENT.set(deadline);
        try {
            return call.run(deadline);
        } finally {
            if (enclosing == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(enclosing);
            }
        }
    }

    @FunctionalInterface
    interface Call<T> {
        T run(CallDeadline deadline) throws java.io.IOException, InterruptedException;
    }

    Duration remaining() {
        return Duration.ofNanos(atNanos - System.nanoTime());
    }

    /** Whether waiting {@code wait} still leaves time for another attempt. */
    boolean allows(Duration wait) {
        return remaining().compareTo(wait) > 0;
    }

    DeadlineExceededException exceeded(Throwable cause) {
        return new DeadlineExceededException(budget, cause);
    }
}
