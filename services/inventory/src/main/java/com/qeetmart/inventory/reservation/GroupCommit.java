package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.cache.StockCache;
import io.micronaut.context.annotation.Value;
import io.netty.util.concurrent.DefaultThreadFactory;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Group commit of stock changes: concurrent operations go to the database together, a batch per
 * statement and commit ({@link Batches}), so a hot product's row is locked and committed once per
 * batch, not once per request, and the batch grows with the load. The operations are spread over
 * {@code inventory.group-commit.lines} lines ({@link CommitLine}), each writing at most
 * {@code inventory.group-commit.in-flight} batches at a time, by product: a reservation goes to
 * its first product's line, and so does its commitment or release ({@link ReservationRoutes}), so
 * one product's changes always batch together. A batch that waits (for a row another replica
 * holds, a slow disk) then holds back only its own line's products, not every product of the
 * process. Batches of different lines, and up to in-flight batches of one line, may run at once:
 * they take their locks in the one order stock_batch declares (V6, V7, V9), as batches of
 * different replicas always did. What a batch
 * committed is told to the stock cache once per batch ({@link Committed}), before any of its
 * operations is answered: one write to Redis per hot product and batch, not one per request.
 */
@Singleton
class GroupCommit {

    /** At most this many operations in one batch (the statement's arrays, and one batch's wait). */
    static final int MAX_OPERATIONS = 128;

    /** Writes a batch: one outcome per operation, in order; a failure means nothing was written. */
    interface Batches {
        List<StockOutcome> run(List<StockOp> ops) throws SQLException;
    }

    /** Told after each commit: the newest stock version of every product the batch changed. */
    interface Committed {
        void versions(Map<UUID, Long> newest);
    }

    private final CommitLine[] lines;
    // Leads for operations submitted without a thread of their own (submitAsync): at most a
    // batch's writer and its predecessor's answers per line at once, so a handful of threads.
    private final ExecutorService leaders = Executors.newCachedThreadPool(new DefaultThreadFactory("group-commit", true));

    @Inject
    GroupCommit(Batches batches, ReservationMetrics metrics, StockCache cache,
                @Value("${inventory.group-commit.lines:2}") int lines,
                @Value("${inventory.group-commit.in-flight:2}") int inFlight) {
        this(batches, metrics, cache::invalidate, lines, inFlight);
    }

    GroupCommit(Batches batches, ReservationMetrics metrics, Committed committed, int lines, int inFlight) {
        if (lines < 1) {
            throw new IllegalArgumentException("inventory.group-commit.lines must be 1 or more, was " + lines);
        }
        this.lines = new CommitLine[lines];
        for (int i = 0; i < lines; i++) {
            this.lines[i] = new CommitLine(batches, metrics, committed, leaders, inFlight);
        }
    }

    /**
     * Writes {@code op} with whatever else arrives with it on the line of {@code product} (the
     * reservation's first); its outcome, or its failure.
     */
    StockOutcome submit(StockOp op, UUID product) {
        return lines[lineOf(product)].submit(op);
    }

    /**
     * As {@link #submit}, without blocking the caller (a connection's event loop): the outcome
     * completes on a group-commit thread once the batch has committed (and the stock cache was
     * told), before anything else of that batch is answered.
     */
    CompletableFuture<StockOutcome> submitAsync(StockOp op, UUID product) {
        return lines[lineOf(product)].submitAsync(op);
    }

    /** The line of {@code product}'s changes. */
    int lineOf(UUID product) {
        return Math.floorMod(product.hashCode(), lines.length);
    }

    /** Operations waiting for a batch (not those being written), on every line. */
    int waiting() {
        int waiting = 0;
        for (CommitLine line : lines) {
            waiting += line.waiting();
        }
        return waiting;
    }

    @PreDestroy
    void stop() {
        leaders.shutdownNow();
    }
}
