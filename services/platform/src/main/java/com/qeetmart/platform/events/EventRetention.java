package com.qeetmart.platform.events;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import io.micronaut.context.annotation.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Forgets events older than the retention (7 days by default), with their deliveries, a batch at
 * a time (except those an enabled endpoint still waits for: they go once delivered or failed), and raises the feed's horizon to the last position removed: a cursor below it is then
 * refused as expired rather than silently skipping what was removed.
 */
@Context
@Singleton
@Requires(property = "qeetmart.events.enabled", value = "true")
@Requires(classes = TransactionOperations.class)
public class EventRetention {

    private static final Logger LOG = LoggerFactory.getLogger(EventRetention.class);
    private static final int BATCH = 5_000;

    private final TransactionOperations<Connection> tx;
    private final EventSettings settings;
    private final ScheduledExecutorService sweeps = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-retention");
        thread.setDaemon(true);
        return thread;
    });

    EventRetention(TransactionOperations<Connection> tx, EventSettings settings) {
        this.tx = tx;
        this.settings = settings;
        long every = settings.sweepInterval().toMillis();
        sweeps.scheduleWithFixedDelay(this::sweepSafely, every, every, TimeUnit.MILLISECONDS);
    }

    /** Removes one batch of expired events; how many. */
    public int sweep() {
        return tx.executeWrite(status -> {
            try (PreparedStatement delete = status.getConnection().prepareStatement("""
                    WITH gone AS (
                      DELETE FROM event_outbox WHERE seq IN (
                        SELECT o.seq FROM event_outbox o WHERE o.position IS NOT NULL
                           AND o.occurred_at < now() - make_interval(secs => ?)
                           AND NOT EXISTS (SELECT 1 FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
                                            WHERE d.event_seq = o.seq AND d.state IN ('PENDING', 'QUEUED') AND e.enabled)
                         ORDER BY o.position LIMIT ?)
                      RETURNING position)
                    UPDATE event_feed_horizon SET last_removed = greatest(last_removed, (SELECT max(position) FROM gone))
                     WHERE EXISTS (SELECT 1 FROM gone)
                    RETURNING (SELECT count(*) FROM gone)""")) {
                delete.setLong(1, settings.retention().toSeconds());
                delete.setInt(2, BATCH);
                try (ResultSet rs = delete.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not remove expired events: " + e.getMessage(), e);
            }
        });
    }

    private void sweepSafely() {
        try {
            while (sweep() == BATCH) {
                // more expired events wait
            }
        } catch (RuntimeException e) {
            LOG.error("Expired events could not be removed: {}", e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        sweeps.shutdownNow();
    }
}
