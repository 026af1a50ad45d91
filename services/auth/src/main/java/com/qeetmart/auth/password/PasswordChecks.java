package com.qeetmart.auth.password;

import com.qeetmart.auth.AuthProblem;
import com.qeetmart.auth.AuthSettings;
import com.qeetmart.platform.errors.TooManyAttemptsException;
import com.qeetmart.platform.http.AddressBlocks;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What password hashing (Argon2id, ~70-95 ms of a core each) may cost, so that sign-ins at the
 * allowed rate cannot take the service down: at most {@code concurrency} hashes at once (one core
 * is left for refreshes, token checks and the revocation feed), at most {@code queue} more waiting
 * for at most {@code max-wait}, and at most {@code per-address} of either from one client address
 * (an IPv6 client by its /64). A check over any of these is refused at once with 429
 * {@code SIGN_IN_BUSY} and Retry-After, never queued past the gateway's timeout; a check whose
 * caller has gone while it waited is not hashed at all.
 */
@Singleton
public class PasswordChecks {

    private final Semaphore hashing;
    private final Semaphore admitted;
    private final int admissions;
    private final Duration maxWait;
    private final int perAddress;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    private final AddressBlocks blocks;

    PasswordChecks(AuthSettings settings, AddressBlocks blocks) {
        this.blocks = blocks;
        AuthSettings.PasswordChecks limits = settings.passwordChecks();
        int concurrency = limits.concurrency() > 0 ? limits.concurrency()
                : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        this.hashing = new Semaphore(concurrency, true);
        this.admissions = concurrency + limits.queue();
        this.admitted = new Semaphore(admissions);
        this.maxWait = limits.maxWait();
        this.perAddress = limits.perAddress();
    }

    /** Runs {@code check} (which hashes a password) within the budget, for a caller at {@code address}. */
    public <T> T run(String address, BooleanSupplier callerWaiting, Supplier<T> check) {
        String key = blocks.keyOf(address);
        // This check's own place in its address's count, taken when it counted itself: reading the
        // counter later would also see checks that arrived after it and refuse it for them.
        int[] place = new int[1];
        inFlight.compute(key, (k, count) -> {
            AtomicInteger held = count == null ? new AtomicInteger() : count;
            place[0] = held.incrementAndGet();
            return held;
        });
        try {
            if (place[0] > perAddress) {
                throw busy("Too many sign-ins at once from this address; retry in a second");
            }
            if (!admitted.tryAcquire()) {
                throw busy("Too many sign-ins at once; retry in a second");
            }
            try {
                return hashed(callerWaiting, check);
            } finally {
                admitted.release();
            }
        } finally {
            inFlight.computeIfPresent(key, (k, count) -> count.decrementAndGet() == 0 ? null : count);
        }
    }

    /** How many checks are hashing or waiting to. */
    int admitted() {
        return admissions - admitted.availablePermits();
    }

    private <T> T hashed(BooleanSupplier callerWaiting, Supplier<T> check) {
        try {
            if (!hashing.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy("Too many sign-ins at once; retry in a second");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("Interrupted while waiting to check the password");
        }
        try {
            if (!callerWaiting.getAsBoolean()) {
                throw busy("The caller left before its password was checked"); // no one will read it
            }
            return check.get();
        } finally {
            hashing.release();
        }
    }

    private static TooManyAttemptsException busy(String detail) {
        return new TooManyAttemptsException(AuthProblem.SIGN_IN_BUSY, detail, 1);
    }
}
