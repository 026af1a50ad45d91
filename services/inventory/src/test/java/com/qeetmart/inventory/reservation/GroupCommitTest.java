package com.qeetmart.inventory.reservation;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The group commit's lines, with a stand-in for the database that the test holds and answers. */
class GroupCommitTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final int LINES = 8;
    /** The product every operation of the first three tests reserves: they share its line. */
    private static final UUID HOT = UUID.randomUUID();

    private final List<List<UUID>> batchesWritten = Collections.synchronizedList(new ArrayList<>());
    /** What the stock cache was told after each commit. */
    private final List<Map<UUID, Long>> told = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstBatchMayFinish = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    /** Answers each operation "RESERVED" (named by its id); fails any batch holding {@code failing} (a data error of its own). */
    private GroupCommit groupCommit(UUID failing) {
        return new GroupCommit(ops -> {
            List<UUID> ids = ops.stream().map(StockOp::id).toList();
            batchesWritten.add(ids);
            if (batchesWritten.size() == 1) {
                awaitQuietly(firstBatchMayFinish);
            }
            if (ids.contains(failing)) {
                throw new SQLException("integer out of range", "22003");
            }
            return ops.stream().map(op -> new StockOutcome("RESERVED:" + op.id(), Map.of())).toList();
        }, new ReservationMetrics(new SimpleMeterRegistry()), told::add, LINES, 1);
    }

    @Test
    void whatArrivesWhileABatchIsWrittenGoesTogetherInTheNextInArrivalOrder() throws Exception {
        GroupCommit groupCommit = groupCommit(null);
        StockOp first = op();
        Future<StockOutcome> firstOutcome = threads.submit(() -> groupCommit.submit(first, HOT));
        awaitCondition(() -> batchesWritten.size() == 1);
        List<StockOp> later = new ArrayList<>();
        List<Future<StockOutcome>> laterOutcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            StockOp op = op();
            later.add(op);
            laterOutcomes.add(threads.submit(() -> groupCommit.submit(op, HOT)));
            int queued = i + 1;
            awaitCondition(() -> groupCommit.waiting() == queued);
        }

        firstBatchMayFinish.countDown();

        assertEquals("RESERVED:" + first.id(), firstOutcome.get(10, TimeUnit.SECONDS).outcome());
        for (int i = 0; i < later.size(); i++) {
            assertEquals("RESERVED:" + later.get(i).id(), laterOutcomes.get(i).get(10, TimeUnit.SECONDS).outcome());
        }
        assertEquals(List.of(List.of(first.id()), later.stream().map(StockOp::id).toList()), batchesWritten);
        assertEquals(0, groupCommit.waiting());
    }

    @Test
    void theCacheIsToldOncePerBatchTheNewestVersionOfEachProductBeforeAnyAnswer() throws Exception {
        UUID other = UUID.randomUUID();
        List<Future<StockOutcome>> answers = Collections.synchronizedList(new ArrayList<>());
        List<Boolean> toldBeforeAnswers = Collections.synchronizedList(new ArrayList<>());
        GroupCommit groupCommit = new GroupCommit(ops -> {
            batchesWritten.add(ops.stream().map(StockOp::id).toList());
            if (batchesWritten.size() == 1) {
                awaitQuietly(firstBatchMayFinish);
            }
            List<StockOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < ops.size(); i++) { // the row's version after each operation; the last one refused
                UUID product = ops.get(i).lines().get(0).productId();
                outcomes.add(i == 3 ? new StockOutcome("SHORT", Map.of())
                        : new StockOutcome("RESERVED", Map.of(product, product.equals(other) ? 7L : 100L + i)));
            }
            return outcomes;
        }, new ReservationMetrics(new SimpleMeterRegistry()), newest -> {
            told.add(newest);
            List<Future<StockOutcome>> batchAnswers = newest.containsKey(other) ? answers.subList(1, 5) : answers.subList(0, 1);
            toldBeforeAnswers.add(batchAnswers.stream().noneMatch(Future::isDone));
        }, LINES, 1);
        answers.add(threads.submit(() -> groupCommit.submit(op(), HOT)));
        awaitCondition(() -> batchesWritten.size() == 1);
        for (UUID product : List.of(HOT, other, HOT, HOT)) {
            answers.add(threads.submit(() -> groupCommit.submit(op(product), HOT)));
            int queued = answers.size() - 1;
            awaitCondition(() -> groupCommit.waiting() == queued);
        }

        firstBatchMayFinish.countDown();
        for (Future<StockOutcome> answer : answers) {
            answer.get(10, TimeUnit.SECONDS);
        }

        // In either order: the second batch is written (and may tell the cache) while the first
        // tells it, as the lead passes on first; the cache keeps the newest version whatever the
        // order of the words (StockCache's put-if-newer).
        assertEquals(2, told.size(), "one word per batch, not per operation");
        assertEquals(Set.of(Map.of(HOT, 100L), Map.of(HOT, 102L, other, 7L)), Set.copyOf(told), "each product's newest version");
        assertEquals(List.of(true, true), toldBeforeAnswers, "told before any operation of its batch was answered");
    }

    @Test
    void anOperationSubmittedWithoutAThreadJoinsTheBatchAndIsLedWhenItHeadsTheLine() throws Exception {
        GroupCommit groupCommit = groupCommit(null);
        StockOp first = op();
        CompletableFuture<StockOutcome> firstOutcome = groupCommit.submitAsync(first, HOT); // returns at once, leading on a thread of its own
        awaitCondition(() -> batchesWritten.size() == 1);
        StockOp waiting = op();
        Future<StockOutcome> waitingOutcome = threads.submit(() -> groupCommit.submit(waiting, HOT));
        awaitCondition(() -> groupCommit.waiting() == 1);
        StockOp async = op();
        CompletableFuture<StockOutcome> asyncOutcome = groupCommit.submitAsync(async, HOT);
        awaitCondition(() -> groupCommit.waiting() == 2);
        assertTrue(!firstOutcome.isDone() && !asyncOutcome.isDone(), "nothing is answered before its batch commits");

        firstBatchMayFinish.countDown();

        assertEquals("RESERVED:" + first.id(), firstOutcome.get(10, TimeUnit.SECONDS).outcome());
        assertEquals("RESERVED:" + waiting.id(), waitingOutcome.get(10, TimeUnit.SECONDS).outcome());
        assertEquals("RESERVED:" + async.id(), asyncOutcome.get(10, TimeUnit.SECONDS).outcome());
        assertEquals(List.of(List.of(first.id()), List.of(waiting.id(), async.id())), batchesWritten);
        // An asynchronous operation at the head of a line: its lead is taken by a group-commit thread.
        StockOp alone = op();
        assertEquals("RESERVED:" + alone.id(), groupCommit.submitAsync(alone, HOT).get(10, TimeUnit.SECONDS).outcome());
    }

    @Test
    void batchesOfOperationsWithoutThreadsFollowEachOtherOnOneThreadWithNoHandOver() throws Exception {
        List<Thread> writers = Collections.synchronizedList(new ArrayList<>());
        GroupCommit groupCommit = new GroupCommit(ops -> {
            writers.add(Thread.currentThread());
            batchesWritten.add(ops.stream().map(StockOp::id).toList());
            if (batchesWritten.size() == 1) {
                awaitQuietly(firstBatchMayFinish);
            }
            return ops.stream().map(op -> new StockOutcome("RESERVED:" + op.id(), Map.of())).toList();
        }, new ReservationMetrics(new SimpleMeterRegistry()), told::add, LINES, 1);
        CompletableFuture<StockOutcome> first = groupCommit.submitAsync(op(), HOT);
        awaitCondition(() -> batchesWritten.size() == 1);
        StockOp a = op();
        StockOp b = op();
        CompletableFuture<StockOutcome> aOutcome = groupCommit.submitAsync(a, HOT);
        CompletableFuture<StockOutcome> bOutcome = groupCommit.submitAsync(b, HOT);

        firstBatchMayFinish.countDown();

        first.get(10, TimeUnit.SECONDS);
        assertEquals("RESERVED:" + a.id(), aOutcome.get(10, TimeUnit.SECONDS).outcome());
        assertEquals("RESERVED:" + b.id(), bOutcome.get(10, TimeUnit.SECONDS).outcome());
        assertEquals(List.of(a.id(), b.id()), batchesWritten.get(1));
        assertEquals(writers.get(0), writers.get(1), "the thread that wrote a batch wrote the next at once");
    }

    @Test
    void whenABatchFailsEachOperationIsWrittenAloneAndOnlyTheFailingOneFails() throws Exception {
        StockOp failing = op();
        GroupCommit groupCommit = groupCommit(failing.id());
        Future<StockOutcome> firstOutcome = threads.submit(() -> groupCommit.submit(op(), HOT));
        awaitCondition(() -> batchesWritten.size() == 1);
        StockOp before = op();
        StockOp after = op();
        Future<StockOutcome> beforeOutcome = threads.submit(() -> groupCommit.submit(before, HOT));
        awaitCondition(() -> groupCommit.waiting() == 1);
        CompletableFuture<StockOutcome> failingOutcome = CompletableFuture.supplyAsync(() -> groupCommit.submit(failing, HOT), threads);
        awaitCondition(() -> groupCommit.waiting() == 2);
        Future<StockOutcome> afterOutcome = threads.submit(() -> groupCommit.submit(after, HOT));
        awaitCondition(() -> groupCommit.waiting() == 3);

        firstBatchMayFinish.countDown();

        firstOutcome.get(10, TimeUnit.SECONDS);
        assertEquals("RESERVED:" + before.id(), beforeOutcome.get(10, TimeUnit.SECONDS).outcome());
        assertEquals("RESERVED:" + after.id(), afterOutcome.get(10, TimeUnit.SECONDS).outcome());
        Exception failure = assertThrows(Exception.class, () -> failingOutcome.get(10, TimeUnit.SECONDS));
        assertTrue(failure.getCause() instanceof DataAccessException, failure.toString());
        assertEquals(List.of(before.id(), failing.id(), after.id()), batchesWritten.get(1), "the batch, tried whole");
        assertEquals(List.of(List.of(before.id()), List.of(failing.id()), List.of(after.id())),
                batchesWritten.subList(2, 5), "then each operation alone");
    }

    @Test
    void whenTheDatabaseIsOutOfReachEveryOperationOfTheBatchFailsAtOnce() throws Exception {
        GroupCommit groupCommit = new GroupCommit(ops -> {
            batchesWritten.add(ops.stream().map(StockOp::id).toList());
            if (batchesWritten.size() == 1) {
                awaitQuietly(firstBatchMayFinish);
                return ops.stream().map(op -> new StockOutcome("RESERVED", Map.of())).toList();
            }
            throw new SQLException("Connection is not available, request timed out", "08001");
        }, new ReservationMetrics(new SimpleMeterRegistry()), told::add, LINES, 1);
        Future<StockOutcome> first = threads.submit(() -> groupCommit.submit(op(), HOT));
        awaitCondition(() -> batchesWritten.size() == 1);
        List<CompletableFuture<StockOutcome>> later = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            later.add(CompletableFuture.supplyAsync(() -> groupCommit.submit(op(), HOT), threads));
            int queued = i + 1;
            awaitCondition(() -> groupCommit.waiting() == queued);
        }

        firstBatchMayFinish.countDown();

        first.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<StockOutcome> outcome : later) {
            Exception failure = assertThrows(Exception.class, () -> outcome.get(10, TimeUnit.SECONDS));
            assertTrue(failure.getCause() instanceof DataAccessException, failure.toString());
        }
        assertEquals(2, batchesWritten.size(), "the failed batch was not retried operation by operation");
    }

    @Test
    void aBatchWaitingOnOneProductHoldsBackNoProductOfAnotherLine() throws Exception {
        UUID slow = UUID.randomUUID();
        CountDownLatch slowRowMayBeLocked = new CountDownLatch(1);
        GroupCommit groupCommit = new GroupCommit(ops -> {
            batchesWritten.add(ops.stream().map(StockOp::id).toList());
            if (ops.stream().anyMatch(op -> op.lines().get(0).productId().equals(slow))) {
                awaitQuietly(slowRowMayBeLocked);   // as a row lock another replica holds
            }
            return ops.stream().map(op -> new StockOutcome("RESERVED:" + op.id(), Map.of())).toList();
        }, new ReservationMetrics(new SimpleMeterRegistry()), told::add, LINES, 1);
        UUID other = productOnAnotherLineThan(groupCommit, slow);
        StockOp onSlow = op(slow);
        StockOp onOther = op(other);

        Future<StockOutcome> slowOutcome = threads.submit(() -> groupCommit.submit(onSlow, slow));
        awaitCondition(() -> batchesWritten.size() == 1);
        Future<StockOutcome> otherOutcome = threads.submit(() -> groupCommit.submit(onOther, other));

        assertEquals("RESERVED:" + onOther.id(), otherOutcome.get(10, TimeUnit.SECONDS).outcome());
        assertFalse(slowOutcome.isDone(), "the slow product's batch still waits");
        slowRowMayBeLocked.countDown();
        assertEquals("RESERVED:" + onSlow.id(), slowOutcome.get(10, TimeUnit.SECONDS).outcome());
    }

    @Test
    void aLineWritesUpToItsBatchesInFlightAtOnceAndTheNextTakesAllThatWaitsInOrder() throws Exception {
        CountDownLatch firstTwoMayFinish = new CountDownLatch(1);
        GroupCommit groupCommit = new GroupCommit(ops -> {
            batchesWritten.add(ops.stream().map(StockOp::id).toList());
            if (batchesWritten.size() <= 2) {
                awaitQuietly(firstTwoMayFinish);
            }
            return ops.stream().map(op -> new StockOutcome("RESERVED:" + op.id(), Map.of())).toList();
        }, new ReservationMetrics(new SimpleMeterRegistry()), told::add, LINES, 2);
        StockOp first = op();
        StockOp second = op();
        Future<StockOutcome> firstOutcome = threads.submit(() -> groupCommit.submit(first, HOT));
        awaitCondition(() -> batchesWritten.size() == 1);
        CompletableFuture<StockOutcome> secondOutcome = groupCommit.submitAsync(second, HOT);
        awaitCondition(() -> batchesWritten.size() == 2);
        List<StockOp> later = new ArrayList<>();
        List<CompletableFuture<StockOutcome>> laterOutcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            StockOp op = op();
            later.add(op);
            laterOutcomes.add(groupCommit.submitAsync(op, HOT));
        }
        assertEquals(4, groupCommit.waiting(), "two batches in flight: the rest waits");

        firstTwoMayFinish.countDown();

        assertEquals("RESERVED:" + first.id(), firstOutcome.get(10, TimeUnit.SECONDS).outcome());
        assertEquals("RESERVED:" + second.id(), secondOutcome.get(10, TimeUnit.SECONDS).outcome());
        for (int i = 0; i < later.size(); i++) {
            assertEquals("RESERVED:" + later.get(i).id(), laterOutcomes.get(i).get(10, TimeUnit.SECONDS).outcome());
        }
        assertEquals(List.of(List.of(first.id()), List.of(second.id()), later.stream().map(StockOp::id).toList()),
                batchesWritten);
        assertEquals(0, groupCommit.waiting());
    }

    @Test
    void underLoadEveryOperationIsAnsweredItsOwnOutcomeAndTheLineStillWritesItsBatchesInFlightAfter() throws Exception {
        AtomicInteger writing = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch held = new CountDownLatch(1);
        AtomicBoolean hold = new AtomicBoolean();
        GroupCommit groupCommit = new GroupCommit(ops -> {
            mostAtOnce.accumulateAndGet(writing.incrementAndGet(), Math::max);
            if (hold.get()) {
                awaitQuietly(held);
            } else {
                Thread.yield(); // a batch that takes a moment, so others pile up behind it
            }
            writing.decrementAndGet();
            return ops.stream().map(op -> new StockOutcome("RESERVED:" + op.id(), Map.of())).toList();
        }, new ReservationMetrics(new SimpleMeterRegistry()), told::add, 1, 2);
        // Operations with a thread of their own and without, mixed: the lead goes back and forth.
        List<StockOp> ops = new ArrayList<>();
        List<Future<StockOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StockOp op = op();
            ops.add(op);
            outcomes.add(i % 2 == 0 ? groupCommit.submitAsync(op, HOT) : threads.submit(() -> groupCommit.submit(op, HOT)));
        }
        for (int i = 0; i < ops.size(); i++) {
            assertEquals("RESERVED:" + ops.get(i).id(), outcomes.get(i).get(10, TimeUnit.SECONDS).outcome());
        }
        assertTrue(mostAtOnce.get() <= 2, "batches at once: " + mostAtOnce.get());
        assertEquals(0, groupCommit.waiting());

        // No lead was lost on the way: two batches can be written at once again.
        hold.set(true);
        CompletableFuture<StockOutcome> first = groupCommit.submitAsync(op(), HOT);
        awaitCondition(() -> writing.get() == 1);
        CompletableFuture<StockOutcome> second = groupCommit.submitAsync(op(), HOT);
        awaitCondition(() -> writing.get() == 2);
        held.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
    }

    private static UUID productOnAnotherLineThan(GroupCommit groupCommit, UUID taken) {
        while (true) {
            UUID product = UUID.randomUUID();
            if (groupCommit.lineOf(product) != groupCommit.lineOf(taken)) {
                return product;
            }
        }
    }

    private static StockOp op() {
        return op(HOT);
    }

    /** A reservation of one unit of {@code product} by a caller of its own. */
    private static StockOp op(UUID product) {
        Instant now = Instant.now();
        return StockOp.reserve(UUID.randomUUID(), UUID.randomUUID(), new Holder(UUID.randomUUID(), null, 5, 10),
                "key-" + UUID.randomUUID(), new byte[32], List.of(new Line(product, 1)), now.plusSeconds(600), now);
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + DEADLINE);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
