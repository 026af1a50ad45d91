package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.support.InventoryTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Two batches of one product written side by side (V9): the second decides on the stock as last
 * committed, writes, and waits only to change the stock row the first holds; it is decided again
 * on the locked row when the first took what it counted on. Real PostgreSQL, the first batch held
 * uncommitted in a transaction of the test's.
 */
@MicronautTest(transactional = false)
class StockLockedLastTest extends InventoryTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final String WAITING_FOR_A_LOCK = """
            SELECT count(*) FROM pg_stat_activity
             WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%stock_batch%'""";

    @Inject
    StockBatchSql batches;

    private ExecutorService threads;

    @BeforeEach
    void startThreads() {
        threads = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aBatchBesideAnUncommittedOneOfItsProductWaitsOnlyForItsRowAndSeesWhatItLeft() throws Exception {
        UUID product = productWithStock(10);

        assertEquals(List.of("RESERVED"), besideAnUncommittedReservation(product, 6, List.of(reservation(product, 4))));

        assertEquals(10, DB.count("SELECT reserved FROM stock WHERE product_id = '" + product + "'"));
        assertEquals(2, DB.count("SELECT count(*) FROM reservation"));
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void whenTheBatchBesideTookWhatItCountedOnItIsDecidedAgainAndWritesNothingItRefuses() throws Exception {
        UUID product = productWithStock(10);
        // Decided on 10 available: the 2 fit, then the 4 (need 6); after the first's 7, only 3 are left.
        StockOp fits = reservation(product, 2);
        StockOp short_ = reservation(product, 4);

        assertEquals(List.of("RESERVED", "SHORT"), besideAnUncommittedReservation(product, 7, List.of(fits, short_)));

        assertEquals(0, DB.count("SELECT count(*) FROM reservation WHERE id = '" + short_.id() + "'"));
        assertEquals(0, DB.count("SELECT count(*) FROM event_outbox WHERE resource_id = '" + short_.id() + "'"));
        assertEquals(9, DB.count("SELECT reserved FROM stock WHERE product_id = '" + product + "'"));
        assertEquals(2, DB.count("SELECT count(*) FROM reservation"));
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void whatABatchGaveBackBeforeItTookCountsButNotWhatItGaveBackAfter() throws Exception {
        UUID product = productWithStock(10);
        StockOp held = reservation(product, 5);
        assertEquals("RESERVED", batches.run(List.of(held)).get(0).outcome());
        // Decided on 5 available: take 5 (need 5), then give back 5. Only 2 are left after the first's 3.
        StockOp takesAll = reservation(product, 5);
        StockOp release = StockOp.end(StockOp.Kind.RELEASE, held.id(), held.caller(), false, Instant.now());

        assertEquals(List.of("SHORT", "RELEASED"), besideAnUncommittedReservation(product, 3, List.of(takesAll, release)));

        assertEquals(3, DB.count("SELECT reserved FROM stock WHERE product_id = '" + product + "'"));
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    /**
     * The outcomes of {@code second}, a batch written beside a first one that reserved
     * {@code firstUnits} of {@code product} and is held uncommitted until the second waits for a
     * lock (it must: the first holds the product's row); then the first commits.
     */
    private List<String> besideAnUncommittedReservation(UUID product, int firstUnits, List<StockOp> second) throws Exception {
        try (Connection first = DriverManager.getConnection(DB.url(), "postgres", "")) {
            first.setAutoCommit(false);
            assertEquals("RESERVED", batches.runOn(first, List.of(reservation(product, firstUnits)), false).get(0).outcome());

            Future<List<StockOutcome>> written = threads.submit(() -> batches.run(second));
            awaitOneWaitingForALock();
            assertFalse(written.isDone(), "the second batch waits for the first's row");
            first.commit();

            return written.get(10, TimeUnit.SECONDS).stream().map(StockOutcome::outcome).toList();
        }
    }

    /** A reservation of {@code quantity} units by a caller of its own, limits off. */
    private static StockOp reservation(UUID product, int quantity) {
        Instant now = Instant.now();
        return StockOp.reserve(UUID.randomUUID(), UUID.randomUUID(), new Holder(UUID.randomUUID(), null, 0, 0),
                UUID.randomUUID().toString(), new byte[]{1}, List.of(new Line(product, quantity)), now.plusSeconds(600), now);
    }

    private static void awaitOneWaitingForALock() throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (DB.count(WAITING_FOR_A_LOCK) != 1) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no batch waited for a lock within " + DEADLINE);
            }
            Thread.sleep(5);
        }
    }
}
