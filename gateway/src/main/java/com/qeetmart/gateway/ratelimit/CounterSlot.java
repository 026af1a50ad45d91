package com.qeetmart.gateway.ratelimit;

/**
 * One key's window as this replica knows it: Redis's last total, what is on its way there and
 * what is not yet sent, and whether an exchange with Redis about it is under way. Every method
 * holds the slot's lock, so a request, a push and an answer see it whole.
 */
final class CounterSlot {

    private long endsAt;
    private long shared;
    private long inFlight;
    private long pending;
    private long syncedAt;
    private boolean asking;
    private boolean guessed;

    private CounterSlot(long endsAt, long shared, long pending, long syncedAt) {
        this.endsAt = endsAt;
        this.shared = shared;
        this.pending = pending;
        this.syncedAt = syncedAt;
    }

    /** A window Redis answered for: it holds the request that asked. */
    static CounterSlot learnt(long endsAt, long count, long answeredAt) {
        return new CounterSlot(endsAt, count, 0, answeredAt);
    }

    /** A window begun here while Redis could not answer: one request, not yet sent, never synced. */
    static CounterSlot guessed(long endsAt) {
        CounterSlot slot = new CounterSlot(endsAt, 0, 1, 0);
        slot.guessed = true;
        return slot;
    }

    synchronized long endsAt() {
        return endsAt;
    }

    /**
     * Counts a request here when that is as good as asking: the window is current and either fresh
     * or about to be learnt from an exchange under way. Null when the request must ask Redis; the
     * slot then waits for its answer ({@link #answered}) before any other exchange.
     */
    synchronized Window countHere(long now, long staleAfterMillis) {
        if (endsAt <= now) {
            return null;
        }
        if (now - syncedAt <= staleAfterMillis || inFlight > 0 || asking) {
            pending++;
            return window(now);
        }
        asking = true;
        return null;
    }

    /** The answer to a request that asked (null: Redis could not answer, so it is counted here). */
    synchronized void answered(Window answer, long answeredAt, long sameWindowMillis) {
        asking = false;
        if (answer == null) {
            pending++;
        } else {
            learn(answer, answeredAt, sameWindowMillis);
        }
    }

    /** Takes what was counted here for a push; 0 when there is nothing, or an exchange is under way. */
    synchronized long startPush() {
        if (pending == 0 || inFlight > 0 || asking) {
            return 0;
        }
        inFlight = pending;
        pending = 0;
        return inFlight;
    }

    /** The answer to a push (null: Redis could not take it; it is sent again with the next one). */
    synchronized void pushed(Window answer, long answeredAt, long sameWindowMillis) {
        if (answer == null) {
            pending += inFlight;
        } else {
            learn(answer, answeredAt, sameWindowMillis);
        }
        inFlight = 0;
    }

    synchronized Window window(long now) {
        return new Window(shared + inFlight + pending, endsAt - now);
    }

    // An answer holds every push made before it, so within one window it replaces what was pushed.
    // One for a later window (Redis began a new one), or any window when this one was only guessed
    // while Redis was away, is taken whole; one for an earlier window is an answer overtaken.
    private void learn(Window answer, long answeredAt, long sameWindowMillis) {
        long redisEndsAt = answeredAt + answer.millisLeft();
        if (redisEndsAt > endsAt + sameWindowMillis || guessed && redisEndsAt < endsAt - sameWindowMillis) {
            endsAt = redisEndsAt;
            shared = answer.count();
        } else if (redisEndsAt < endsAt - sameWindowMillis) {
            return;
        } else {
            shared = Math.max(shared, answer.count());
        }
        syncedAt = answeredAt;
        guessed = false;
    }
}
