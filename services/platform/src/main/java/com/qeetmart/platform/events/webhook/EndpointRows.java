package com.qeetmart.platform.events.webhook;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The endpoint, secret and delivery-log rows, read and written on the caller's connection. */
final class EndpointRows {

    private static final String COLUMNS = "id, owner_id, url, event_types, description, enabled, disabled_at,"
            + " disabled_reason, created_at";
    private static final String DELIVERY_COLUMNS = "d.id, o.id, o.type, d.state, d.attempts, d.last_status,"
            + " d.last_error, d.last_latency_ms, d.last_attempt_at, d.next_attempt_at, d.created_at";

    private EndpointRows() {
    }

    static void insert(Connection c, Endpoint e, UUID createdBy, String secret) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO webhook_endpoint (id, owner_id, created_by,"
                + " url, event_types, description, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, e.id());
            insert.setObject(2, e.ownerId());
            insert.setObject(3, createdBy);
            insert.setString(4, e.url());
            insert.setArray(5, c.createArrayOf("text", e.eventTypes().toArray()));
            insert.setString(6, e.description());
            insert.setBoolean(7, e.enabled());
            insert.setTimestamp(8, Timestamp.from(e.createdAt()));
            insert.executeUpdate();
        }
        addSecret(c, e.id(), secret, e.createdAt());
    }

    static void addSecret(Connection c, UUID endpointId, String secret, Instant at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO webhook_secret (endpoint_id, secret, created_at) VALUES (?, ?, ?)")) {
            insert.setObject(1, endpointId);
            insert.setString(2, secret);
            insert.setTimestamp(3, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    /** Every secret still current expires at {@code until} (the one just added is inserted after). */
    static void expireSecrets(Connection c, UUID endpointId, Instant until) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE webhook_secret SET expires_at = ?"
                + " WHERE endpoint_id = ? AND (expires_at IS NULL OR expires_at > ?)")) {
            update.setTimestamp(1, Timestamp.from(until));
            update.setObject(2, endpointId);
            update.setTimestamp(3, Timestamp.from(until));
            update.executeUpdate();
        }
    }

    static Optional<Endpoint> find(Connection c, UUID id, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(endpoint(rs)) : Optional.empty();
            }
        }
    }

    /** A page of endpoints, newest first: all of them ({@code owner} null) or one owner's. */
    static List<Endpoint> list(Connection c, UUID owner, boolean all, long offset, int limit) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM webhook_endpoint"
                + (all ? "" : " WHERE owner_id = ?") + " ORDER BY created_at DESC, id OFFSET ? LIMIT ?")) {
            int i = 1;
            if (!all) {
                select.setObject(i++, owner);
            }
            select.setLong(i++, offset);
            select.setInt(i, limit);
            List<Endpoint> found = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(endpoint(rs));
                }
            }
            return found;
        }
    }

    static long count(Connection c, String table, String column, UUID value) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM " + table
                + (value == null ? "" : " WHERE " + column + " = ?"))) {
            if (value != null) {
                select.setObject(1, value);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void update(Connection c, UUID id, EndpointInput in) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE webhook_endpoint SET url = ?, event_types = ?,"
                + " description = ?, enabled = ?, failing_since = CASE WHEN ? THEN NULL ELSE failing_since END,"
                + " paused_until = CASE WHEN ? THEN NULL ELSE paused_until END,"
                + " disabled_at = CASE WHEN ? THEN NULL ELSE coalesce(disabled_at, now()) END,"
                + " disabled_reason = CASE WHEN ? THEN NULL ELSE coalesce(disabled_reason, 'Disabled by its owner') END"
                + " WHERE id = ?")) {
            update.setString(1, in.url());
            update.setArray(2, c.createArrayOf("text", in.eventTypes().toArray()));
            update.setString(3, in.description());
            update.setBoolean(4, in.enabled());
            update.setBoolean(5, in.enabled());
            update.setBoolean(6, in.enabled());
            update.setBoolean(7, in.enabled());
            update.setBoolean(8, in.enabled());
            update.setObject(9, id);
            update.executeUpdate();
        }
        if (in.enabled()) {
            // Chains whose head went with expired events while the endpoint was disabled.
            try (PreparedStatement promote = c.prepareStatement("SELECT count(webhook_promote(?, q.resource_id)) FROM"
                    + " (SELECT DISTINCT resource_id FROM webhook_delivery WHERE endpoint_id = ? AND state = 'QUEUED') q")) {
                promote.setObject(1, id);
                promote.setObject(2, id);
                promote.executeQuery().close();
            }
        }
    }

    static void delete(Connection c, UUID id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM webhook_endpoint WHERE id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        }
    }

    static List<Delivery> deliveries(Connection c, UUID endpointId, long offset, int limit) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery d"
                + " JOIN event_outbox o ON o.seq = d.event_seq WHERE d.endpoint_id = ?"
                + " ORDER BY d.created_at DESC, d.position DESC OFFSET ? LIMIT ?")) {
            select.setObject(1, endpointId);
            select.setLong(2, offset);
            select.setInt(3, limit);
            List<Delivery> found = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(delivery(rs));
                }
            }
            return found;
        }
    }

    /**
     * Makes a finished delivery due now again (a new attempt, the same event id; one still waiting
     * is left as it is); empty when it is not this endpoint's.
     */
    static Optional<Delivery> redeliver(Connection c, UUID endpointId, UUID deliveryId) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE webhook_delivery SET state = 'PENDING',"
                + " next_attempt_at = now(), first_attempt_at = NULL WHERE id = ? AND endpoint_id = ?"
                + " AND state IN ('DELIVERED', 'FAILED')")) {
            update.setObject(1, deliveryId);
            update.setObject(2, endpointId);
            update.executeUpdate();
        }
        try (PreparedStatement select = c.prepareStatement("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery d"
                + " JOIN event_outbox o ON o.seq = d.event_seq WHERE d.id = ? AND d.endpoint_id = ?")) {
            select.setObject(1, deliveryId);
            select.setObject(2, endpointId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(delivery(rs)) : Optional.empty();
            }
        }
    }

    private static Endpoint endpoint(ResultSet rs) throws SQLException {
        Array types = rs.getArray(4);
        return new Endpoint(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                Arrays.asList((String[]) types.getArray()), rs.getString(5), rs.getBoolean(6), instant(rs, 7),
                rs.getString(8), instant(rs, 9));
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getInt(5), (Integer) rs.getObject(6), rs.getString(7), (Long) rs.getObject(8), instant(rs, 9),
                instant(rs, 10), instant(rs, 11));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
