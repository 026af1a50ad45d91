package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.InventorySettings;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The hot path of reserving, as one statement in its own autocommit transaction: it records the
 * reservation, its idempotency key, its lines and their ledger rows, and takes the units with
 * {@code reserve_stock} (V2). The hot stock row is locked only from that UPDATE until the server
 * commits the statement, never across a round trip to this service. Nothing is written when the
 * order already has a live reservation.
 */
@Singleton
class ReservationWriter {

    /** SQLSTATE raised by reserve_stock for a short line. */
    static final String INSUFFICIENT_STOCK = "QS001";
    /** SQLSTATEs raised by check_hold_limits (V3): too many live reservations, too many units of a product. */
    static final String LIVE_LIMIT = "QS002";
    static final String UNITS_LIMIT = "QS003";

    // The inserts run first and the stock UPDATE last: the hot row is then locked only for the
    // UPDATE and the commit. (Sub-statements the main query does not read run after it, so
    // before, every insert ran while the row was held.) reserve_stock's arguments refer to r and
    // to the counts of what was inserted, which makes it the inner side of the join, called once
    // per row of r: not at all when the order already had a live reservation (r is empty).
    private static final String RESERVE = """
            WITH r AS (
              INSERT INTO reservation (id, order_id, status, created_by, expires_at, created_at, updated_at)
              SELECT ?::uuid, ?::uuid, 'ACTIVE', ?::uuid, ?::timestamptz, ?::timestamptz, ?::timestamptz
               WHERE check_hold_limits(?::uuid, ?::uuid[], ?::int[], ?, ?, ?::timestamptz)
              ON CONFLICT (order_id) WHERE status = 'ACTIVE' DO NOTHING
              RETURNING id),
            lines AS (SELECT * FROM unnest(?::uuid[], ?::int[]) AS t(product_id, quantity)),
            k AS (INSERT INTO idempotency_key (caller, key, request_hash, reservation_id, created_at)
                  SELECT ?, ?, ?, r.id, ? FROM r RETURNING 1),
            l AS (INSERT INTO reservation_line (reservation_id, product_id, quantity)
                  SELECT r.id, lines.product_id, lines.quantity FROM r, lines RETURNING 1),
            g AS (INSERT INTO stock_ledger (product_id, on_hand_delta, reserved_delta, reason, reservation_id, created_at)
                  SELECT lines.product_id, 0, lines.quantity, 'reserved', r.id, ? FROM r, lines
                   WHERE EXISTS (SELECT 1 FROM stock s WHERE s.product_id = lines.product_id) RETURNING 1),
            written AS (SELECT (SELECT count(*) FROM k) + (SELECT count(*) FROM l) + (SELECT count(*) FROM g) AS n)
            SELECT taken.product_id, taken.version
              FROM r CROSS JOIN written
              CROSS JOIN LATERAL reserve_stock(CASE WHEN r.id IS NOT NULL AND written.n >= 0 THEN ?::uuid[] END, ?::int[], ?) taken""";

    /** The outcome: the new stock versions, or empty when the order already had a live reservation. */
    record Outcome(Optional<Map<UUID, Long>> versions) {
    }

    private final DataSource dataSource;
    private final InventorySettings.Limits limits;

    ReservationWriter(DataSource dataSource, InventorySettings settings) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.limits = settings.limits();
    }

    /**
     * Reserves {@code lines} (sorted by product id) for a new reservation.
     *
     * @throws ShortOfStock when a line cannot be covered; nothing was written
     * @throws OverHoldLimit when the caller would hold more than the limits allow; nothing was written
     */
    Outcome reserve(UUID id, UUID orderId, UUID caller, String key, byte[] hash, List<Line> lines,
                    Instant expiresAt, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement(RESERVE)) {
                Timestamp at = Timestamp.from(now);
                Array products = connection.createArrayOf("uuid", lines.stream().map(Line::productId).toArray());
                Array quantities = connection.createArrayOf("int4", lines.stream().map(Line::quantity).toArray());
                int p = 1;
                statement.setObject(p++, id);
                statement.setObject(p++, orderId);
                statement.setObject(p++, caller);
                statement.setTimestamp(p++, Timestamp.from(expiresAt));
                statement.setTimestamp(p++, at);
                statement.setTimestamp(p++, at);
                statement.setObject(p++, caller);
                statement.setArray(p++, products);
                statement.setArray(p++, quantities);
                statement.setInt(p++, limits.liveReservationsPerCaller());
                statement.setInt(p++, limits.unitsPerProductPerCaller());
                statement.setTimestamp(p++, at);
                statement.setArray(p++, products);
                statement.setArray(p++, quantities);
                statement.setObject(p++, caller);
                statement.setString(p++, key);
                statement.setBytes(p++, hash);
                statement.setTimestamp(p++, at);
                statement.setTimestamp(p++, at);
                statement.setArray(p++, products);
                statement.setArray(p++, quantities);
                statement.setTimestamp(p, at);
                Map<UUID, Long> versions = new HashMap<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        versions.put(rs.getObject(1, UUID.class), rs.getLong(2));
                    }
                }
                return new Outcome(versions.isEmpty() ? Optional.empty() : Optional.of(versions));
            }
        } catch (SQLException e) {
            if (INSUFFICIENT_STOCK.equals(e.getSQLState())) {
                throw new ShortOfStock();
            }
            if (LIVE_LIMIT.equals(e.getSQLState()) || UNITS_LIMIT.equals(e.getSQLState())) {
                throw new OverHoldLimit(LIVE_LIMIT.equals(e.getSQLState()));
            }
            throw new DataAccessException("Could not record a reservation: " + e.getMessage(), e);
        }
    }

    /** The caller would hold too many live reservations ({@code live}) or units of a product; nothing was written. */
    static final class OverHoldLimit extends RuntimeException {
        final boolean live;

        OverHoldLimit(boolean live) {
            super(null, null, false, false);
            this.live = live;
        }
    }

    /** A line could not be covered (reserve_stock raised QS001); the statement wrote nothing. */
    static final class ShortOfStock extends RuntimeException {
        ShortOfStock() {
            super(null, null, false, false);
        }
    }
}
