package com.qeetmart.platform.events.relay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives committed events their feed positions, in the order they were written, and queues one
 * delivery per webhook endpoint that subscribes to each (behind what waits for the same resource
 * there: see webhook_promote in R__events.sql). One replica stamps at a time (a
 * transaction-scoped advisory lock; the others skip their turn), so every position it hands out
 * is above every one handed out before: a reader that passed position p never misses an event
 * stamped later, even one whose transaction began before another's and committed after it.
 * Within a resource, insertion order is the order of its changes (each held the resource's row).
 */
final class FeedStamper {

    private static final long LOCK = 0x51_65_65_74_45_76_01L;

    private static final String STAMP = """
            WITH batch AS (
              SELECT seq, type, resource_id, owner_id FROM event_outbox
               WHERE position IS NULL ORDER BY seq LIMIT ? FOR UPDATE),
            base AS (
              SELECT greatest((SELECT coalesce(max(position), 0) FROM event_outbox),
                              (SELECT last_removed FROM event_feed_horizon)) AS top),
            numbered AS (
              SELECT batch.*, base.top + row_number() OVER (ORDER BY seq) AS position FROM batch, base),
            stamped AS (
              UPDATE event_outbox o SET position = numbered.position FROM numbered
               WHERE o.seq = numbered.seq RETURNING o.seq, o.type, o.resource_id, o.owner_id, o.position),
            fanned AS (
              INSERT INTO webhook_delivery (id, endpoint_id, event_seq, position, resource_id, state,
                                            next_attempt_at, created_at)
              SELECT gen_random_uuid(), e.id, s.seq, s.position, s.resource_id, 'QUEUED', now(), now()
                FROM stamped s JOIN webhook_endpoint e ON s.type = ANY (e.event_types)
                 AND (e.owner_id IS NULL OR s.owner_id IS NULL OR s.owner_id = e.owner_id)
              RETURNING endpoint_id, resource_id)
            SELECT (SELECT count(*) FROM stamped), c.endpoint_id, c.resource_id
              FROM (SELECT 1) one LEFT JOIN (SELECT DISTINCT endpoint_id, resource_id FROM fanned) c ON true""";

    /** After the queueing statement (whose rows it cannot see), each chain it queued to gets its head. */
    private static final String PROMOTE = "SELECT count(webhook_promote(c.endpoint_id, c.resource_id))"
            + " FROM unnest(?::uuid[], ?::uuid[]) AS c(endpoint_id, resource_id)";

    private FeedStamper() {
    }

    /** Stamps up to {@code limit} events; how many it stamped (0 also when another replica is stamping). */
    static int stamp(Connection connection, int limit) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        int stamped = 0;
        List<Object> endpoints = new ArrayList<>();
        List<Object> resources = new ArrayList<>();
        try (PreparedStatement stamp = connection.prepareStatement(STAMP)) {
            stamp.setInt(1, limit);
            try (ResultSet rs = stamp.executeQuery()) {
                while (rs.next()) {
                    stamped = rs.getInt(1);
                    if (rs.getObject(2) != null) {
                        endpoints.add(rs.getObject(2));
                        resources.add(rs.getObject(3));
                    }
                }
            }
        }
        if (!endpoints.isEmpty()) {
            try (PreparedStatement promote = connection.prepareStatement(PROMOTE)) {
                promote.setArray(1, connection.createArrayOf("uuid", endpoints.toArray()));
                promote.setArray(2, connection.createArrayOf("uuid", resources.toArray()));
                promote.executeQuery().close();
            }
        }
        return stamped;
    }
}
