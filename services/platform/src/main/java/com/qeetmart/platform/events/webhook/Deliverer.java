package com.qeetmart.platform.events.webhook;

import com.qeetmart.platform.errors.UnprocessableException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claims due deliveries and makes one attempt of each: the URL is checked again (a name may
 * resolve elsewhere since it was registered), the event is signed with every valid secret, POSTed,
 * and the outcome recorded with the retry it calls for and the endpoint's health. No database
 * connection is held while the receiver is waited for.
 */
@Singleton
@Requires(classes = TransactionOperations.class)
public class Deliverer {

    private static final Logger LOG = LoggerFactory.getLogger(Deliverer.class);
    /** Deliveries of one chain a sender makes in a row before it lets the relay choose again. */
    static final int CHAIN_STEPS = 100;
    /** Times an attempt's outcome is written before it is left to the lease, and the first pause between. */
    static final int RECORD_TRIES = 4;
    private static final long RECORD_PAUSE_MS = 100;

    private final TransactionOperations<Connection> tx;
    private final WebhookSettings settings;
    private final OutboundUrls urls;
    private final WebhookTransport transport;
    private final RetrySchedule retries;

    Deliverer(TransactionOperations<Connection> tx, WebhookSettings settings, OutboundUrls urls,
              WebhookTransport transport) {
        this.tx = tx;
        this.settings = settings;
        this.urls = urls;
        this.transport = transport;
        this.retries = RetrySchedule.of(settings);
    }

    public List<ClaimedDelivery> claim(int limit) {
        return tx.executeWrite(status -> {
            try {
                DeliveryQueue.withoutWaitingForDisk(status.getConnection());
                return DeliveryQueue.claim(status.getConnection(), limit, settings.lease().toSeconds());
            } catch (SQLException e) {
                throw new IllegalStateException("Could not claim deliveries: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Attempts {@code first}, then, while each attempt delivers, the next event of the same
     * resource to the same endpoint, claimed in the transaction that records the previous one (a
     * busy resource's events go out back to back, one transaction each, not one per relay tick),
     * and when that chain has nothing due, any due delivery: up to {@link #CHAIN_STEPS} in all.
     */
    public void attemptChain(ClaimedDelivery first) {
        ClaimedDelivery delivery = first;
        for (int step = 0; delivery != null; step++) {
            DeliveryOutcome outcome = send(delivery);
            boolean more = step + 1 < CHAIN_STEPS;
            delivery = recordAndClaimNext(delivery, outcome, more);
            if (delivery == null && more) {
                // This chain has nothing due: take another's rather than wait for the relay's tick.
                List<ClaimedDelivery> any = claim(1);
                delivery = any.isEmpty() ? null : any.get(0);
            }
        }
    }

    private DeliveryOutcome send(ClaimedDelivery delivery) {
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        try {
            OutboundTarget target = urls.check(delivery.url());
            long now = Instant.now().getEpochSecond();
            return transport.post(target, body, Map.of(
                    "QeetMart-Signature", WebhookSignatures.header(now, body, delivery.secrets()),
                    "QeetMart-Event-Id", delivery.eventId().toString()));
        } catch (UnprocessableException refused) {
            return new DeliveryOutcome(0, "URL refused: " + refused.getMessage(), 0);
        }
    }

    /**
     * Records the attempt; when it delivered and {@code more}, claims the chain's next delivery
     * (null: none due). The outcome is known once the receiver answered: a write that fails (a
     * borrowed connection that timed out, a deadlock victim) is tried again, a little later each
     * time, rather than left to the lease, which would send the receiver the event a second time
     * and hold every later event of the resource back for the whole lease.
     */
    private ClaimedDelivery recordAndClaimNext(ClaimedDelivery delivery, DeliveryOutcome outcome, boolean more) {
        return RetriedWrite.run(RECORD_TRIES, RECORD_PAUSE_MS, () -> recordOnce(delivery, outcome, more),
                (tried, e) -> LOG.warn("Webhook delivery {}: its outcome could not be recorded (try {} of {}), trying"
                        + " again: {}", delivery.id(), tried, RECORD_TRIES, e.getMessage()));
    }

    private ClaimedDelivery recordOnce(ClaimedDelivery delivery, DeliveryOutcome outcome, boolean more) {
        Instant now = Instant.now();
        ClaimedDelivery next = tx.executeWrite(status -> {
            Connection connection = status.getConnection();
            try {
                DeliveryQueue.withoutWaitingForDisk(connection);
                if (!DeliveryQueue.holdEndpoint(connection, delivery.endpointId())) {
                    return null;   // deleted meanwhile, with its deliveries
                }
                if (outcome.delivered()) {
                    DeliveryQueue.record(connection, delivery, "DELIVERED", null, outcome);
                    EndpointHealth.succeeded(connection, delivery.endpointId());
                    List<ClaimedDelivery> head = more ? DeliveryQueue.claimHead(connection, delivery.endpointId(),
                            delivery.resourceId(), settings.lease().toSeconds()) : List.of();
                    return head.isEmpty() ? null : head.get(0);
                }
                Optional<Instant> retry = retries.next(delivery.attempt(), delivery.firstAttemptAt(), now);
                DeliveryQueue.record(connection, delivery, retry.isPresent() ? "PENDING" : "FAILED",
                        retry.map(Timestamp::from).orElse(null), outcome);
                EndpointHealth.failed(connection, delivery.endpointId(), outcome, settings.disableAfter(),
                        settings.retryBase(), settings.retryMaxDelay(), now);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record a delivery: " + e.getMessage(), e);
            }
        });
        if (!outcome.delivered()) {
            LOG.info("Webhook delivery {} of event {} to endpoint {} failed (attempt {}): {}", delivery.id(),
                    delivery.eventId(), delivery.endpointId(), delivery.attempt(), outcome.describe());
        }
        return next;
    }
}
