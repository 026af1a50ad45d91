package com.qeetmart.platform.events.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Whether an endpoint still deserves deliveries: after a failed attempt nothing more is sent to it
 * for a pause as long as it has been failing (at least the retry base, at most the longest retry
 * wait), so a dead or slow receiver costs a probe now and then, not an attempt per waiting event,
 * and cannot keep every sender busy, while one event it refuses delays the rest only briefly;
 * an unbroken run of failed attempts longer than
 * {@code disableAfter} disables it, with the reason on the endpoint (its owner reads it there) and
 * a {@code qeetmart.audit} notice; one successful attempt ends the run. What waits for a disabled
 * endpoint is kept, and delivered in order once its owner enables it again.
 */
final class EndpointHealth {

    private static final Logger AUDIT = LoggerFactory.getLogger("qeetmart.audit");

    private EndpointHealth() {
    }

    /** 24 hours, 90 minutes, 2 seconds: the largest unit that divides it. */
    static String spoken(Duration duration) {
        if (duration.toSeconds() % 3600 == 0) {
            return duration.toHours() + " hours";
        }
        if (duration.toSeconds() % 60 == 0) {
            return duration.toMinutes() + " minutes";
        }
        return duration.toSeconds() + " seconds";
    }

    static void succeeded(Connection connection, UUID endpointId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_endpoint"
                + " SET failing_since = NULL, paused_until = NULL WHERE id = ? AND failing_since IS NOT NULL")) {
            update.setObject(1, endpointId);
            update.executeUpdate();
        }
    }

    /** Notes a failed attempt; true when it disabled the endpoint. */
    static boolean failed(Connection connection, UUID endpointId, DeliveryOutcome outcome, Duration disableAfter,
                          Duration pauseBase, Duration pauseMax, Instant now) throws SQLException {
        String reason = "Every delivery failed for " + spoken(disableAfter) + "; the last attempt: " + outcome.describe();
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE webhook_endpoint
                   SET failing_since = coalesce(failing_since, ?),
                       paused_until = ?::timestamptz + least(make_interval(secs => ?), greatest(make_interval(secs => ?),
                                                    ?::timestamptz - coalesce(failing_since, ?::timestamptz))),
                       enabled = enabled AND NOT (coalesce(failing_since, ?) <= ?),
                       disabled_at = CASE WHEN enabled AND coalesce(failing_since, ?) <= ? THEN ? ELSE disabled_at END,
                       disabled_reason = CASE WHEN enabled AND coalesce(failing_since, ?) <= ? THEN ? ELSE disabled_reason END
                 WHERE id = ?
                RETURNING enabled, disabled_at = ?, owner_id, url""")) {
            Timestamp at = Timestamp.from(now);
            Timestamp limit = Timestamp.from(now.minus(disableAfter));
            int i = 1;
            update.setTimestamp(i++, at);
            update.setTimestamp(i++, at);
            update.setDouble(i++, pauseMax.toMillis() / 1000.0);
            update.setDouble(i++, pauseBase.toMillis() / 1000.0);
            update.setTimestamp(i++, at);
            update.setTimestamp(i++, at);
            update.setTimestamp(i++, at);
            update.setTimestamp(i++, limit);
            update.setTimestamp(i++, at);
            update.setTimestamp(i++, limit);
            update.setTimestamp(i++, at);
            update.setTimestamp(i++, at);
            update.setTimestamp(i++, limit);
            update.setString(i++, reason);
            update.setObject(i++, endpointId);
            update.setTimestamp(i, at);
            try (ResultSet rs = update.executeQuery()) {
                if (rs.next() && !rs.getBoolean(1) && rs.getBoolean(2)) {
                    AUDIT.warn("Webhook endpoint {} (owner {}, {}) disabled: {}", endpointId, rs.getObject(3),
                            rs.getString(4), reason);
                    return true;
                }
                return false;
            }
        }
    }
}
