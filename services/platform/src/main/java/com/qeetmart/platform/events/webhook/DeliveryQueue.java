package com.qeetmart.platform.events.webhook;

import com.qeetmart.platform.events.outbox.EventJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The deliveries waiting in the database. A replica claims due ones for a lease (another replica
 * may take one whose lease ran out: the holder died, and the receiver may see the event twice,
 * with the same id). Only the head of each resource's chain per endpoint is PENDING (the rest
 * wait QUEUED behind it), so each resource's events reach an endpoint in order, and claiming
 * costs the same however many wait.
 */
final class DeliveryQueue {

    private static final String CLAIM = """
            WITH due AS (
              SELECT d.id FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
               WHERE d.state = 'PENDING' AND d.next_attempt_at <= now() AND e.enabled
                 AND (e.paused_until IS NULL OR e.paused_until <= now())
                 AND (d.lease_until IS NULL OR d.lease_until < now()) %s
               ORDER BY d.next_attempt_at LIMIT ? FOR UPDATE OF d SKIP LOCKED)
            UPDATE webhook_delivery d
               SET lease_until = now() + make_interval(secs => ?), attempts = d.attempts + 1,
                   first_attempt_at = coalesce(d.first_attempt_at, now())
              FROM due, webhook_endpoint e, event_outbox o
             WHERE d.id = due.id AND e.id = d.endpoint_id AND o.seq = d.event_seq
            RETURNING d.id, d.endpoint_id, d.resource_id, e.url, d.attempts, d.first_attempt_at, o.id, o.type,
                      (SELECT array_agg(s.secret ORDER BY s.created_at DESC) FROM webhook_secret s
                        WHERE s.endpoint_id = d.endpoint_id AND (s.expires_at IS NULL OR s.expires_at > now())),
            """ + EventJson.ENVELOPE;
    private static final String CLAIM_DUE = CLAIM.formatted("");
    private static final String CLAIM_HEAD = CLAIM.formatted("AND d.endpoint_id = ? AND d.resource_id = ?");

    private DeliveryQueue() {
    }

    static List<ClaimedDelivery> claim(Connection connection, int limit, long leaseSeconds) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM_DUE)) {
            claim.setInt(1, limit);
            claim.setLong(2, leaseSeconds);
            return claimed(claim);
        }
    }

    /** The head of one resource's chain to one endpoint, if it is due and nobody holds it. */
    static List<ClaimedDelivery> claimHead(Connection connection, UUID endpointId, UUID resourceId, long leaseSeconds)
            throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM_HEAD)) {
            claim.setObject(1, endpointId);
            claim.setObject(2, resourceId);
            claim.setInt(3, 1);
            claim.setLong(4, leaseSeconds);
            return claimed(claim);
        }
    }

    private static List<ClaimedDelivery> claimed(PreparedStatement claim) throws SQLException {
        List<ClaimedDelivery> claimed = new ArrayList<>();
        try (ResultSet rs = claim.executeQuery()) {
            while (rs.next()) {
                java.sql.Array secrets = rs.getArray(9);
                claimed.add(new ClaimedDelivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getInt(5), rs.getTimestamp(6).toInstant(),
                        rs.getObject(7, UUID.class), rs.getString(8), rs.getString(10),
                        secrets == null ? List.of() : List.of((String[]) secrets.getArray())));
            }
        }
        return claimed;
    }

    /**
     * Commits this transaction without waiting for its WAL to reach the disk. Only for the
     * deliveries' own bookkeeping (a claim, an attempt's outcome): if PostgreSQL crashes before the
     * flush, the delivery is still pending and is sent again, with the same event id, which
     * at-least-once allows. Events and their feed positions are always committed durably.
     */
    static void withoutWaitingForDisk(Connection connection) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SET LOCAL synchronous_commit TO OFF")) {
            set.execute();
        }
    }

    /**
     * Holds the endpoint (KEY SHARE) before any of its deliveries is touched, as deleting it
     * locks it before its deliveries: the two then never wait for each other crosswise (a
     * deadlock). False when it is gone.
     */
    static boolean holdEndpoint(Connection connection, UUID endpointId) throws SQLException {
        try (PreparedStatement hold = connection.prepareStatement(
                "SELECT 1 FROM webhook_endpoint WHERE id = ? FOR KEY SHARE")) {
            hold.setObject(1, endpointId);
            try (ResultSet rs = hold.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Records an attempt's outcome, unless the claim was lost (its lease ran out and another
     * replica attempted it since): {@code state} PENDING with {@code next} for a retry.
     */
    static boolean record(Connection connection, ClaimedDelivery delivery, String state, Timestamp next,
                          DeliveryOutcome outcome) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_delivery SET state = ?,"
                + " next_attempt_at = coalesce(?, next_attempt_at), lease_until = NULL, last_attempt_at = now(),"
                + " last_status = ?, last_error = ?, last_latency_ms = ? WHERE id = ? AND attempts = ?")) {
            update.setString(1, state);
            update.setTimestamp(2, next);
            update.setObject(3, outcome.status() > 0 ? outcome.status() : null);
            update.setString(4, outcome.error());
            update.setLong(5, outcome.latencyMillis());
            update.setObject(6, delivery.id());
            update.setInt(7, delivery.attempt());
            if (update.executeUpdate() == 0) {
                return false;
            }
        }
        if (!state.equals("PENDING")) {
            promoteNext(connection, delivery.endpointId(), delivery.resourceId());
        }
        return true;
    }

    /** The next delivery of this resource to this endpoint becomes due (its predecessor ended). */
    static void promoteNext(Connection connection, UUID endpointId, UUID resourceId) throws SQLException {
        try (PreparedStatement promote = connection.prepareStatement("SELECT webhook_promote(?, ?)")) {
            promote.setObject(1, endpointId);
            promote.setObject(2, resourceId);
            promote.executeQuery().close();
        }
    }
}
