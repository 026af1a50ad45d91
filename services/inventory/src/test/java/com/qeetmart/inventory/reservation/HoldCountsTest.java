package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.support.InventoryTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What checking the hold limits costs does not grow with what the caller holds (issue: flash
 * sale): measured as the rows one reservation's (or release's) statement reads, in its own
 * transaction (PostgreSQL's per-transaction table statistics), for a caller holding 1 and 1,000
 * reservations, and at the limit.
 */
@MicronautTest(transactional = false)
class HoldCountsTest extends InventoryTest {

    private static final String ROWS_READ = """
            SELECT coalesce(sum(seq_tup_read + coalesce(idx_tup_fetch, 0)), 0) FROM pg_stat_xact_user_tables
             WHERE relname IN ('reservation', 'reservation_line', 'hold_live', 'hold_units', 'idempotency_key')""";

    @Inject
    StockBatchSql batches;

    @Test
    void aReservationReadsAsManyRowsWhenItsCallerHoldsOneThousandAsWhenItHoldsOne() throws Exception {
        UUID product = productWithStock(5_000);
        Holder few = holdingReservations(product, 1, 10_000);
        Holder many = holdingReservations(product, 1_000, 10_000);

        Measured withOne = reserveOnce(few, product);
        Measured withThousand = reserveOnce(many, product);

        assertEquals("RESERVED", withOne.outcome());
        assertEquals("RESERVED", withThousand.outcome());
        assertEquals(withOne.rowsRead(), withThousand.rowsRead(), "rows read holding 1 and 1,000");
        assertTrue(withThousand.rowsRead() < 20, "a reservation reads " + withThousand.rowsRead() + " rows");
        assertHoldCountsMatchReservations();
    }

    @Test
    void atItsLimitARefusalReadsAsManyRowsWhenTheLimitIsOneThousandAsWhenItIsOne() throws Exception {
        UUID product = productWithStock(5_000);
        Holder one = holdingReservations(product, 1, 1);
        Holder thousand = holdingReservations(product, 1_000, 1_000);

        Measured atOne = reserveOnce(one, product);
        Measured atThousand = reserveOnce(thousand, product);

        assertEquals("OVER_LIVE_LIMIT", atOne.outcome());
        assertEquals("OVER_LIVE_LIMIT", atThousand.outcome());
        assertEquals(atOne.rowsRead(), atThousand.rowsRead(), "rows read refusing at 1 and at 1,000");
        assertTrue(atThousand.rowsRead() < 20, "a refusal at the limit reads " + atThousand.rowsRead() + " rows");
    }

    @Test
    void releasingReadsAsManyRowsWhenItsCallerHoldsOneThousandAsWhenItHoldsTwo() throws Exception {
        UUID product = productWithStock(5_000);
        // Two, not one: releasing a caller's last units also deletes its count's row, one read more.
        Holder few = holdingReservations(product, 2, 10_000);
        Holder many = holdingReservations(product, 1_000, 10_000);

        Measured withOne = releaseOne(few);
        Measured withThousand = releaseOne(many);

        assertEquals("RELEASED", withOne.outcome());
        assertEquals("RELEASED", withThousand.outcome());
        assertEquals(withOne.rowsRead(), withThousand.rowsRead(), "rows read holding 2 and 1,000");
        assertTrue(withThousand.rowsRead() < 20, "a release reads " + withThousand.rowsRead() + " rows");
    }

    private record Measured(String outcome, long rowsRead) {
    }

    /** A new caller holding {@code count} live reservations of one unit, under a live limit of {@code maxLive}. */
    private Holder holdingReservations(UUID product, int count, int maxLive) throws SQLException {
        Holder holder = new Holder(UUID.randomUUID(), null, maxLive, 0);
        Holder unlimited = new Holder(holder.caller(), null, 0, 0);
        try (Connection connection = connect()) {
            for (int from = 0; from < count; from += 250) {
                List<StockOp> ops = IntStream.range(from, Math.min(count, from + 250))
                        .mapToObj(i -> reservation(unlimited, product)).toList();
                assertTrue(batches.runOn(connection, ops, false).stream().allMatch(o -> o.is("RESERVED")));
            }
        }
        return holder;
    }

    private Measured reserveOnce(Holder holder, UUID product) throws SQLException {
        return measured(reservation(holder, product));
    }

    /** The operation in a transaction of its own (rolled back), and the rows it read. */
    private Measured measured(StockOp op) throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            long before = rowsRead(connection);
            String outcome = batches.runOn(connection, List.of(op), false).get(0).outcome();
            long read = rowsRead(connection) - before;
            connection.rollback();
            return new Measured(outcome, read);
        }
    }

    private Measured releaseOne(Holder holder) throws SQLException {
        UUID held = UUID.fromString(DB.text("SELECT id FROM reservation WHERE created_by = '" + holder.caller() + "' LIMIT 1"));
        return measured(StockOp.end(StockOp.Kind.RELEASE, held, holder.caller(), false, Instant.now()));
    }

    private static StockOp reservation(Holder holder, UUID product) {
        Instant now = Instant.now();
        return StockOp.reserve(UUID.randomUUID(), UUID.randomUUID(), holder, UUID.randomUUID().toString(),
                new byte[]{1}, List.of(new Line(product, 1)), now.plusSeconds(600), now);
    }

    private static long rowsRead(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(ROWS_READ)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(DB.url(), "postgres", "");
    }
}
