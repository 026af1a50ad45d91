package com.qeetmart.auth.password;

import com.qeetmart.platform.http.AddressBlocks;

import com.qeetmart.auth.AuthProblem;
import com.qeetmart.auth.AuthSettings;
import com.qeetmart.platform.errors.TooManyAttemptsException;
import com.qeetmart.platform.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The hashing budget, with checks that hold their slot until the test lets them finish. */
class PasswordChecksTest {

    final ExecutorService callers = Executors.newCachedThreadPool();
    final CountDownLatch finish = new CountDownLatch(1);
    final AtomicInteger hashed = new AtomicInteger();
    final AtomicInteger hashing = new AtomicInteger();

    @AfterEach
    void stop() {
        finish.countDown();
        callers.shutdownNow();
    }

    private static PasswordChecks budget(int concurrency, int queue, Duration maxWait, int perAddress) {
        return new PasswordChecks(new AuthSettings(null, null, null, null, null, null,
                new AuthSettings.PasswordChecks(concurrency, queue, maxWait, perAddress), null, null, null, null), new AddressBlocks(64));
    }

    /** A check that hashes until the test says finish. */
    private boolean slowHash() {
        hashing.incrementAndGet();
        try {
            finish.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        hashed.incrementAndGet();
        return true;
    }

    private CompletableFuture<Boolean> inBackground(PasswordChecks checks, String address) {
        return CompletableFuture.supplyAsync(() -> checks.run(address, () -> true, this::slowHash), callers);
    }

    private static void assertBusy(Runnable check) {
        TooManyAttemptsException busy = assertThrows(TooManyAttemptsException.class, check::run);
        assertEquals(AuthProblem.SIGN_IN_BUSY, busy.code());
        assertEquals(Duration.ofSeconds(1), busy.retryAfter().orElseThrow());
    }

    @Test
    void overTheBudgetIsRefusedAtOnceAndWhatWasAdmittedIsHashedInTurn() throws Exception {
        PasswordChecks checks = budget(1, 1, Duration.ofSeconds(30), 1);
        CompletableFuture<Boolean> first = inBackground(checks, "203.0.113.1");
        Eventually.await("the first check to hash", Duration.ofSeconds(10), () -> hashing.get() == 1);
        CompletableFuture<Boolean> queued = inBackground(checks, "203.0.113.2");

        assertBusy(() -> checks.run("203.0.113.1", () -> true, this::slowHash)); // its address has one in flight
        Eventually.await("the second check to be admitted", Duration.ofSeconds(10), () -> checks.admitted() == 2);
        assertBusy(() -> checks.run("203.0.113.3", () -> true, this::slowHash)); // one hashing, one waiting: full
        assertEquals(1, hashing.get(), "one hash at a time");

        finish.countDown();
        first.get(10, TimeUnit.SECONDS);
        queued.get(10, TimeUnit.SECONDS);
        assertEquals(2, hashed.get());
        assertEquals(true, checks.run("203.0.113.1", () -> true, () -> true), "every slot is free again");
    }

    @Test
    void ofThreeRacingChecksFromOneAddressWithRoomForTwoExactlyOneIsRefused() throws Exception {
        for (int round = 0; round < 50; round++) {
            PasswordChecks checks = budget(8, 8, Duration.ofSeconds(30), 2);
            CountDownLatch hold = new CountDownLatch(1);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<String>> racers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                racers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return checks.run("203.0.113.1", () -> true, () -> {
                            try {
                                hold.await(30, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return "hashed";
                        });
                    } catch (TooManyAttemptsException refused) {
                        return "refused";
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return "interrupted";
                    }
                }, callers));
            }
            start.countDown();
            // The refused one answers at once; the other two hold their place until released.
            CompletableFuture.anyOf(racers.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            hold.countDown();
            List<String> outcomes = new ArrayList<>();
            for (CompletableFuture<String> racer : racers) {
                outcomes.add(racer.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, outcomes.stream().filter("refused"::equals).count(), "round " + round + ": " + outcomes);
        }
    }

    @Test
    void aCheckThatWaitedPastItsLimitIsRefused() {
        PasswordChecks checks = budget(1, 4, Duration.ofMillis(50), 4);
        inBackground(checks, "203.0.113.1");
        Eventually.await("the first check to hash", Duration.ofSeconds(10), () -> hashing.get() == 1);

        assertBusy(() -> checks.run("203.0.113.2", () -> true, this::slowHash));
    }

    @Test
    void aCallerWhoLeftIsNotHashedFor() {
        PasswordChecks checks = budget(1, 0, Duration.ofSeconds(1), 1);

        assertBusy(() -> checks.run("203.0.113.1", () -> false, this::slowHash));
        assertEquals(0, hashing.get());
    }

    @Test
    void anIpv6CallerIsOneAddressAcrossItsSlash64() {
        PasswordChecks checks = budget(4, 4, Duration.ofSeconds(1), 1);
        inBackground(checks, "2001:db8:1:2::1");
        Eventually.await("the first check to hash", Duration.ofSeconds(10), () -> hashing.get() == 1);

        assertBusy(() -> checks.run("2001:db8:1:2:ffff::9", () -> true, this::slowHash));
        assertFalse(!checks.run("2001:db8:1:3::1", () -> true, () -> true), "another /64 has its own");
    }
}
