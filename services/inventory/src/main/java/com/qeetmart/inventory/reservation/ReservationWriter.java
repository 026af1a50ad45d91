package com.qeetmart.inventory.reservation;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** The Idempotency-Key's row exists (the only unique index this statement can hit that the ON CONFLICT does not catch). */
    static final String UNIQUE_VIOLATION = "23505";

    // The inserts run first and the stock UPDATE last: the hot row is then locked only for the
    // UPDATE and the commit. (Sub-statements the main query does not read run after it, so
    // before, every insert ran while the row was held.) reserve_stock's arguments refer to r and
    // to the counts of what was inserted, which makes it the inner side of the join, called once
    // per row of r: not at all when the order already had a live reservation (r is empty).
    private static final NamedSql RESERVE = NamedSql.of("""
            WITH r AS (
              INSERT INTO reservation (id, order_id, status, created_by, buyer_reference, expires_at, created_at, updated_at)
              SELECT :id::uuid, :orderId::uuid, 'ACTIVE', :caller::uuid, :buyer::text, :expiresAt::timestamptz,
                     :now::timestamptz, :now::timestamptz
               WHERE check_hold_limits(:caller::uuid, :buyer::text, :products::uuid[], :quantities::int[], :maxLive,
                                       :maxUnits, :now::timestamptz)
              ON CONFLICT (order_id) WHERE status = 'ACTIVE' DO NOTHING
              RETURNING id),
            lines AS (SELECT * FROM unnest(:products::uuid[], :quantities::int[]) AS t(product_id, quantity)),
            k AS (INSERT INTO idempotency_key (caller, key, request_hash, reservation_id, created_at)
                  SELECT :caller, :key, :hash, r.id, :now FROM r RETURNING 1),
            l AS (INSERT INTO reservation_line (reservation_id, product_id, quantity)
                  SELECT r.id, lines.product_id, lines.quantity FROM r, lines RETURNING 1),
            g AS (INSERT INTO stock_ledger (product_id, on_hand_delta, reserved_delta, reason, reservation_id, created_at)
                  SELECT lines.product_id, 0, lines.quantity, 'reserved', r.id, :now FROM r, lines
                   WHERE EXISTS (SELECT 1 FROM stock s WHERE s.product_id = lines.product_id) RETURNING 1),
            written AS (SELECT (SELECT count(*) FROM k) + (SELECT count(*) FROM l) + (SELECT count(*) FROM g) AS n)
            SELECT taken.product_id, taken.version
              FROM r CROSS JOIN written
              CROSS JOIN LATERAL reserve_stock(CASE WHEN r.id IS NOT NULL AND written.n >= 0 THEN :products::uuid[] END,
                                               :quantities::int[], :now) taken""");

    /**
     * What writing a reservation came to, one kind per case the caller must handle: RESERVED
     * (with the products' new stock versions); ORDER_HAS_LIVE (the order already has a live
     * reservation); KEY_USED (the Idempotency-Key is taken); SHORT (a line cannot be covered);
     * OVER_LIVE_LIMIT or OVER_UNITS_LIMIT (the caller would hold too much). Only RESERVED wrote
     * anything.
     */
    record Written(Kind kind, Map<UUID, Long> versions) {
        enum Kind { RESERVED, ORDER_HAS_LIVE, KEY_USED, SHORT, OVER_LIVE_LIMIT, OVER_UNITS_LIMIT }

        static Written of(Kind kind) {
            return new Written(kind, Map.of());
        }
    }

    private final DataSource dataSource;

    ReservationWriter(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Reserves {@code lines} (sorted by product id) for a new reservation of {@code holder}, in one statement. */
    Written reserve(UUID id, UUID orderId, Holder holder, String key, byte[] hash, List<Line> lines,
                    Instant expiresAt, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            Map<String, Object> values = new HashMap<>();
            values.put("id", id);
            values.put("orderId", orderId);
            values.put("caller", holder.caller());
            values.put("buyer", holder.buyerReference());
            values.put("key", key);
            values.put("hash", hash);
            values.put("expiresAt", expiresAt);
            values.put("now", now);
            values.put("products", connection.createArrayOf("uuid", lines.stream().map(Line::productId).toArray()));
            values.put("quantities", connection.createArrayOf("int4", lines.stream().map(Line::quantity).toArray()));
            values.put("maxLive", holder.maxLive());
            values.put("maxUnits", holder.maxUnits());
            try (PreparedStatement statement = RESERVE.prepare(connection, values);
                 ResultSet rs = statement.executeQuery()) {
                Map<UUID, Long> versions = new HashMap<>();
                while (rs.next()) {
                    versions.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }
                return versions.isEmpty() ? Written.of(Written.Kind.ORDER_HAS_LIVE)
                        : new Written(Written.Kind.RESERVED, versions);
            }
        } catch (SQLException e) {
            return switch (String.valueOf(e.getSQLState())) {
                case INSUFFICIENT_STOCK -> Written.of(Written.Kind.SHORT);
                case LIVE_LIMIT -> Written.of(Written.Kind.OVER_LIVE_LIMIT);
                case UNITS_LIMIT -> Written.of(Written.Kind.OVER_UNITS_LIMIT);
                case UNIQUE_VIOLATION -> Written.of(Written.Kind.KEY_USED);
                default -> throw new DataAccessException("Could not record a reservation: " + e.getMessage(), e);
            };
        }
    }
}
