package com.qeetmart.inventory.reservation;

import com.qeetmart.platform.persistence.DatabaseUnreachable;
import io.micronaut.data.exceptions.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * One line of the group commit ({@link GroupCommit}): the operations that arrive while its
 * batches are being written wait in line and go together in the next one, written by one
 * statement and one commit. At most {@code inFlight} batches of a line are written at once: a
 * hot product's batches then overlap everything but their change of its stock row and their
 * commits (V9), which queue in the database. No thread of its own: the request at the head of
 * the line writes the batch it heads (leader), then hands the lead to the next request waiting,
 * so every request thread writes at most the one batch its own operation is in. An operation
 * submitted without a thread to wait on ({@link #submitAsync}) has a thread of the group commit's
 * pool lead in its stead. Operations
 * are decided in arrival order. When a batch fails, each of its operations is tried alone, so one
 * operation's failure is its own answer and no other's; unless the database is out of reach: then
 * every operation of the batch fails at once.
 */
final class CommitLine {

    private static final Logger LOG = LoggerFactory.getLogger(CommitLine.class);

    private final GroupCommit.Batches batches;
    private final ReservationMetrics metrics;
    private final GroupCommit.Committed committed;
    private final Executor pool;
    private final int inFlight;
    private final ArrayDeque<Waiting> line = new ArrayDeque<>();
    /** Batches being written (each by its leader): at most inFlight. */
    private int leaders;

    CommitLine(GroupCommit.Batches batches, ReservationMetrics metrics, GroupCommit.Committed committed, Executor pool,
               int inFlight) {
        if (inFlight < 1) {
            throw new IllegalArgumentException("a line writes at least one batch at a time, was " + inFlight);
        }
        this.inFlight = inFlight;
        this.pool = pool;
        this.batches = batches;
        this.metrics = metrics;
        this.committed = committed;
    }

    /** Writes {@code op} with whatever else arrives with it; its outcome, or its failure. */
    StockOutcome submit(StockOp op) {
        Waiting mine = new Waiting(op, false);
        if (join(mine) || mine.turnToLead.join()) {
            lead(false);
        }
        try {
            return mine.outcome.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof SQLException sql
                    ? new DataAccessException("Could not write a stock change: " + sql.getMessage(), sql)
                    : (RuntimeException) e.getCause();
        }
    }

    /**
     * Writes {@code op} with whatever else arrives with it, without blocking the caller: when its
     * turn to lead comes, a thread of the pool writes the batch it heads. Its outcome, or its
     * failure (an {@link SQLException} as it came).
     */
    CompletableFuture<StockOutcome> submitAsync(StockOp op) {
        Waiting mine = new Waiting(op, true);
        if (join(mine)) {
            pool.execute(() -> lead(true));
        }
        return mine.outcome;
    }

    /** Joins the line; whether the caller is to lead at once (fewer than inFlight batches being written). */
    private boolean join(Waiting mine) {
        synchronized (line) {
            line.add(mine);
            if (leaders >= inFlight) {
                return false;
            }
            leaders++;
            return true;
        }
    }

    /** Operations waiting for a batch (not those being written). */
    int waiting() {
        synchronized (line) {
            return line.size();
        }
    }

    // The head of the line and whoever waits behind it. The lead passes on as soon as the batch
    // is written: the next batch goes to the database while this one's word to the stock cache (a
    // round trip to Redis) and its answers go out. A pool thread whose next head has no thread
    // of its own (submitAsync) writes that batch itself, at once, and leaves the answers to
    // another: the database waits for no thread to wake between one batch and the next. A
    // request's own thread never does: its own answer would wait.
    private void lead(boolean pooled) {
        boolean again = true;
        while (again) {
            List<Waiting> batch = new ArrayList<>();
            synchronized (line) {
                while (!line.isEmpty() && batch.size() < GroupCommit.MAX_OPERATIONS) {
                    batch.add(line.poll());
                }
            }
            if (batch.isEmpty()) { // another leader of the line took what was waiting
                again = passLead(pooled);
                continue;
            }
            List<StockOutcome> outcomes = null;
            boolean thrown = true;
            try {
                outcomes = write(batch);
                thrown = false;
            } finally {
                again = passLead(pooled && !thrown); // a thread leaving by an Error hands the lead on
                List<StockOutcome> written = outcomes;
                if (again) {
                    pool.execute(() -> answer(batch, written));
                } else {
                    answer(batch, written);
                }
            }
        }
    }

    /** Tells the cache what the batch committed, then each operation its outcome (null: it failed). */
    private void answer(List<Waiting> batch, List<StockOutcome> outcomes) {
        try {
            if (outcomes != null) {
                tellCommitted(newest(outcomes));
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).outcome.complete(outcomes.get(i));
                }
            }
        } finally {
            for (Waiting written : batch) {
                written.outcome.completeExceptionally(new IllegalStateException("the batch ended without an outcome"));
                written.turnToLead.complete(false);
            }
        }
    }

    /** Hands the lead to the next head; whether this (pool) thread is to lead its batch now. */
    private boolean passLead(boolean pooled) {
        while (true) {
            Waiting next;
            synchronized (line) {
                next = line.peek();
                if (next == null) {
                    leaders--;
                    return false;
                }
            }
            if (next.async) {
                if (!pooled) {
                    pool.execute(() -> lead(true));
                    return false;
                }
                return true;
            }
            if (next.turnToLead.complete(true)) {
                return false; // its own thread leads
            }
            // Another leader of the line reached it first: it was written (the next head is ours to
            // hand on), or it leads already (then this lead ends here, not in a second handing).
            if (Boolean.TRUE.equals(next.turnToLead.getNow(false))) {
                synchronized (line) {
                    leaders--;
                }
                return false;
            }
        }
    }

    /** The batch's outcomes, committed and not yet answered; null when it failed and each operation was answered alone. */
    private List<StockOutcome> write(List<Waiting> batch) {
        metrics.batched(batch.size());
        try {
            return batches.run(batch.stream().map(w -> w.op).toList());
        } catch (SQLException | RuntimeException batchFailed) {
            writeEachAlone(batch, batchFailed);
            return null;
        }
    }

    private void writeEachAlone(List<Waiting> batch, Exception batchFailed) {
        // Out of reach, each operation alone would only fail again, one after another.
        if (DatabaseUnreachable.in(batchFailed)) {
            batch.forEach(waiting -> waiting.outcome.completeExceptionally(batchFailed));
            return;
        }
        for (Waiting waiting : batch) {
            StockOutcome alone;
            try {
                alone = batches.run(List.of(waiting.op)).get(0);
            } catch (SQLException | RuntimeException e) {
                waiting.outcome.completeExceptionally(e);
                continue;
            }
            tellCommitted(alone.versions());
            waiting.outcome.complete(alone);
        }
    }

    /** After a commit, never instead of its answer: what the cache is told cannot undo or repeat a write. */
    private void tellCommitted(Map<UUID, Long> newest) {
        if (newest.isEmpty()) {
            return;
        }
        try {
            committed.versions(newest);
        } catch (RuntimeException e) {
            LOG.warn("The stock cache was not told of a commit (its entries carry versions, so reads stay current): {}",
                    e.getMessage());
        }
    }

    /** The newest version of each product the batch's operations changed (each saw the one after it wrote). */
    private static Map<UUID, Long> newest(List<StockOutcome> outcomes) {
        Map<UUID, Long> newest = new HashMap<>();
        for (StockOutcome outcome : outcomes) {
            outcome.versions().forEach((product, version) -> newest.merge(product, version, Math::max));
        }
        return newest;
    }

    private static final class Waiting {
        final StockOp op;
        /** Submitted without a thread of its own: a pool thread leads its batch. */
        final boolean async;
        final CompletableFuture<StockOutcome> outcome = new CompletableFuture<>();
        /** Completes true when this operation heads the line and its thread is to lead, false once written. */
        final CompletableFuture<Boolean> turnToLead = new CompletableFuture<>();

        Waiting(StockOp op, boolean async) {
            this.op = op;
            this.async = async;
        }
    }
}
