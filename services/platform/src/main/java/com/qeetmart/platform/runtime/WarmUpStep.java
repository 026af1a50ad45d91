package com.qeetmart.platform.runtime;

import io.micronaut.core.order.Ordered;

import java.time.Duration;

/**
 * Something a service does before it reports ready, so that the first requests it is sent are
 * answered as quickly and as correctly as the rest: keys fetched, revocations read, connections
 * open, the request path compiled. Each step is a bean; {@link WarmUp} runs them all once, in
 * their order (0 unless a step says otherwise).
 */
public interface WarmUpStep extends Ordered {

    /** What the step does, for the log. */
    String name();

    /**
     * Does the work, retrying as it sees fit, and returns true once done, or false if it could not
     * be done before {@code deadline} (a dependency that is down, say) — the service then goes
     * ready anyway, as it would be without the step: a dependency's outage has its own answers.
     */
    boolean run(Duration deadline) throws InterruptedException;

    /** One try of a step that retries: true once what it waits for is there. */
    interface Attempt {
        boolean succeeded() throws InterruptedException;
    }

    /** Tries until an attempt succeeds or {@code deadline} has passed, 200 ms apart; whether one did. */
    static boolean retry(Duration deadline, Attempt attempt) throws InterruptedException {
        long until = System.nanoTime() + deadline.toNanos();
        while (!attempt.succeeded()) {
            if (System.nanoTime() >= until) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }
}
