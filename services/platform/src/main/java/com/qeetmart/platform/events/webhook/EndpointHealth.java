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
 * Whether an endpoint still deserves deliveries: an unbroken run of failed attempts longer than
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
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE webhook_endpoint SET failing_since = NULL WHERE id = ? AND failing_since IS NOT NULL")) {
            update.setObject(1, endpointId);
            update.executeUpdate();
        }
    }

    /** Notes a failed attempt; true when it disabled the endpoint. */
    static boolean failed(Connection connection, UUID endpointId, DeliveryOutcome outcome, Duration disableAfter,
                          Instant now) throws SQLException {
        String reason = "Every delivery failed for " + spoken(disableAfter) + "; the last attempt: " + outcome.describe();
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE webhook_endpoint
                   SET failing_since = coalesce(failing_since, ?),
                       enabled = enabled AND NOT (coalesce(failing_since, ?) <= ?),
                       disabled_at = CASE WHEN enabled AND coalesce(failing_since, ?) <= ? THEN ? ELSE disabled_at END,
                       disabled_reason = CASE WHEN enabled AND coalesce(failing_since, ?) <= ? THEN ? ELSE disabled_reason END
                 WHERE id = ?
                RETURNING enabled, disabled_at = ?, owner_id, url""")) {
            Timestamp at = Timestamp.from(now);
            Timestamp limit = Timestamp.from(now.minus(disableAfter));
            update.setTimestamp(1, at);
            update.setTimestamp(2, at);
            update.setTimestamp(3, limit);
            update.setTimestamp(4, at);
            update.setTimestamp(5, limit);
            update.setTimestamp(6, at);
            update.setTimestamp(7, at);
            update.setTimestamp(8, limit);
            update.setString(9, reason);
            update.setObject(10, endpointId);
            update.setTimestamp(11, at);
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
