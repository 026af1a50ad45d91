package com.qeetmart.platform.events.relay;

import com.qeetmart.platform.events.EventSettings;
import com.qeetmart.platform.events.webhook.ClaimedDelivery;
import com.qeetmart.platform.events.webhook.Deliverer;
import com.qeetmart.platform.events.webhook.WebhookSettings;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The relay of a service that emits events (qeetmart.events.enabled): every relay interval it
 * stamps what committed into the feed (queueing deliveries), then claims as many due deliveries
 * as it has free senders and hands each to one. Any number of replicas may run it: stamping is
 * one at a time, and each delivery is claimed by one replica at a time.
 */
@Context
@Requires(property = "qeetmart.events.enabled", value = "true")
@Requires(classes = TransactionOperations.class)
public class EventRelay {

    private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);
    /** Stamping rounds per tick at most, so deliveries are claimed even while events pour in. */
    private static final int MAX_ROUNDS = 20;
    /** How soon the next tick comes after one that found work. */
    private static final long BUSY_INTERVAL_MS = 10;

    private final TransactionOperations<Connection> tx;
    private final EventSettings events;
    private final Deliverer deliverer;
    private final ScheduledExecutorService ticks;
    private final ExecutorService senders;
    private final Semaphore freeSenders;

    EventRelay(TransactionOperations<Connection> tx, EventSettings events, WebhookSettings webhooks,
               Deliverer deliverer) {
        this.tx = tx;
        this.events = events;
        this.deliverer = deliverer;
        this.freeSenders = new Semaphore(webhooks.concurrency());
        this.ticks = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "event-relay"));
        this.senders = Executors.newFixedThreadPool(webhooks.concurrency(), runnable -> daemon(runnable, "webhook-sender"));
        ticks.schedule(this::loop, events.relayInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * One tick, then the next: soon after one that found work (events keep coming: a commit
     * waits at most {@link #BUSY_INTERVAL_MS} to be stamped), after the relay interval otherwise
     * (an idle service asks the database ten times a second).
     */
    private void loop() {
        boolean busy = tick();
        if (!ticks.isShutdown()) {
            ticks.schedule(this::loop, busy ? BUSY_INTERVAL_MS : events.relayInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stamps what committed and hands due deliveries to free senders; whether it found any work. */
    boolean tick() {
        try {
            int stamped = 0;
            for (int round = 0; round < MAX_ROUNDS; round++) {
                int batch = stampOnce();
                stamped += batch;
                if (batch < events.batchSize()) {
                    break;
                }
            }
            int free = freeSenders.availablePermits();
            int claimed = 0;
            if (free > 0) {
                List<ClaimedDelivery> due = deliverer.claim(free);
                claimed = due.size();
                dispatch(due);
            }
            return stamped > 0 || claimed > 0;
        } catch (RuntimeException e) {
            LOG.error("The event relay could not run: {}", e.getMessage(), e);
            return false;
        }
    }

    private int stampOnce() {
        return tx.executeWrite(status -> {
            try {
                return FeedStamper.stamp(status.getConnection(), events.batchSize());
            } catch (SQLException e) {
                throw new IllegalStateException("Could not stamp events: " + e.getMessage(), e);
            }
        });
    }

    private void dispatch(List<ClaimedDelivery> claimed) {
        for (ClaimedDelivery delivery : claimed) {
            freeSenders.acquireUninterruptibly();
            senders.execute(() -> {
                try {
                    deliverer.attemptChain(delivery);
                } catch (RuntimeException e) {
                    LOG.error("Webhook delivery {} could not be attempted: {}", delivery.id(), e.getMessage(), e);
                } finally {
                    freeSenders.release();
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        ticks.shutdownNow();
        senders.shutdownNow();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
