package com.qeetmart.inventory.reservation;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;

import static com.qeetmart.platform.time.Timestamps.now;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs a batch of {@link StockOp}s as one call of stock_batch (V7, V9): one statement in its own
 * autocommit transaction, so one commit for the whole batch. Every operation gets its own
 * outcome (an ending's with the reservation as it ended it); a raise (a concurrent replica took
 * the same key or order) rolls the batch back whole.
 * The batch is decided on the stock as last committed and locks the stock rows only to change
 * them; when another batch took what it counted on (a product running out), it is decided again
 * on rows it locks first.
 */
@Singleton
class StockBatchSql implements GroupCommit.Batches {

    private static final String CALL = "SELECT op, outcome, product_id, version, ended_order, ended_expires, ended_created,"
            + " ended_buyer, ended_products, ended_quantities FROM stock_batch("
            + "?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::boolean[], ?::text[], ?::text[], ?::bytea[], ?::timestamptz[], "
            + "?::timestamptz[], ?::int[], ?::int[], ?::int[], ?::int[], ?::uuid[], ?::int[], ?::timestamptz, ?)";

    /** stock_batch's word that the stock changed under the batch's decisions (nothing was written). */
    static final String STOCK_MOVED = "QI409";

    private final DataSource dataSource;

    StockBatchSql(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public List<StockOutcome> run(List<StockOp> ops) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try {
                return runOn(connection, ops, false);
            } catch (SQLException e) {
                if (!STOCK_MOVED.equals(e.getSQLState())) {
                    throw e;
                }
                return runOn(connection, ops, true);
            }
        }
    }

    /**
     * The batch on this connection, in whatever transaction it is in; {@code stockFirst}: its
     * stock rows locked before it is decided (it never raises {@link #STOCK_MOVED} then).
     */
    List<StockOutcome> runOn(Connection connection, List<StockOp> ops, boolean stockFirst) throws SQLException {
        int n = ops.size();
        Object[][] columns = new Object[14][n];
        List<UUID> lineProducts = new ArrayList<>();
        List<Integer> lineQuantities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StockOp op = ops.get(i);
            Holder holder = op.holder();
            columns[0][i] = op.kind().code;
            columns[1][i] = op.id();
            columns[2][i] = op.orderId();
            columns[3][i] = op.caller();
            columns[4][i] = op.admin();
            columns[5][i] = holder == null ? null : holder.buyerReference();
            columns[6][i] = op.key();
            columns[7][i] = op.hash() == null ? null : "\\x" + HexFormat.of().formatHex(op.hash());
            columns[8][i] = op.expiresAt() == null ? null : op.expiresAt().toString();
            columns[9][i] = op.now().toString();
            columns[10][i] = holder == null ? 0 : holder.maxLive();
            columns[11][i] = holder == null ? 0 : holder.maxUnits();
            columns[12][i] = lineProducts.size() + 1;
            columns[13][i] = op.lines().size();
            for (Line line : op.lines()) {
                lineProducts.add(line.productId());
                lineQuantities.add(line.quantity());
            }
        }
        String[] types = {"text", "uuid", "uuid", "uuid", "bool", "text", "text", "text", "text", "text", "int4", "int4", "int4", "int4"};
        try (PreparedStatement call = connection.prepareStatement(CALL)) {
            for (int c = 0; c < columns.length; c++) {
                call.setArray(c + 1, connection.createArrayOf(types[c], columns[c]));
            }
            call.setArray(15, connection.createArrayOf("uuid", lineProducts.toArray()));
            call.setArray(16, connection.createArrayOf("int4", lineQuantities.toArray()));
            call.setObject(17, OffsetDateTime.ofInstant(now(), ZoneOffset.UTC));
            call.setBoolean(18, stockFirst);
            return outcomes(call, ops);
        }
    }

    private static List<StockOutcome> outcomes(PreparedStatement call, List<StockOp> ops) throws SQLException {
        int n = ops.size();
        String[] names = new String[n];
        ReservationData[] ended = new ReservationData[n];
        Map<UUID, Long> versions = new HashMap<>();
        try (ResultSet rs = call.executeQuery()) {
            while (rs.next()) {
                int op = rs.getInt(1);
                if (rs.wasNull()) {
                    versions.put(rs.getObject(3, UUID.class), rs.getLong(4));
                } else {
                    names[op - 1] = rs.getString(2);
                    ended[op - 1] = endedBy(ops.get(op - 1), names[op - 1], rs);
                }
            }
        }
        Map<UUID, Long> changed = Map.copyOf(versions);
        List<StockOutcome> outcomes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            outcomes.add(new StockOutcome(names[i], changed, ended[i]));
        }
        return outcomes;
    }

    /** The reservation as the operation ended it, from its outcome row; null when it ended none. */
    private static ReservationData endedBy(StockOp op, String outcome, ResultSet rs) throws SQLException {
        UUID orderId = rs.getObject(5, UUID.class);
        if (orderId == null) {
            return null;
        }
        UUID[] products = (UUID[]) rs.getArray(9).getArray();
        Integer[] quantities = (Integer[]) rs.getArray(10).getArray();
        List<Line> lines = new ArrayList<>(products.length);
        for (int i = 0; i < products.length; i++) {
            lines.add(new Line(products[i], quantities[i]));
        }
        return new ReservationData(op.id(), orderId, ReservationState.valueOf(outcome), List.copyOf(lines),
                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getObject(7, OffsetDateTime.class).toInstant(),
                rs.getString(8));
    }
}
