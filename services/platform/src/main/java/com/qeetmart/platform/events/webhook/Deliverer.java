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
                return DeliveryQueue.claim(status.getConnection(), limit, settings.lease().toSeconds());
            } catch (SQLException e) {
                throw new IllegalStateException("Could not claim deliveries: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Attempts {@code first}, then, while each attempt delivers, the next event of the same
     * resource to the same endpoint (up to {@link #CHAIN_STEPS}): a busy resource's events go out
     * back to back, not one per relay tick.
     */
    public void attemptChain(ClaimedDelivery first) {
        ClaimedDelivery delivery = first;
        for (int step = 0; delivery != null && step < CHAIN_STEPS; step++) {
            if (!attempt(delivery)) {
                return;
            }
            delivery = claimHead(delivery);
        }
    }

    private ClaimedDelivery claimHead(ClaimedDelivery previous) {
        return tx.executeWrite(status -> {
            try {
                List<ClaimedDelivery> next = DeliveryQueue.claimHead(status.getConnection(), previous.endpointId(),
                        previous.resourceId(), settings.lease().toSeconds());
                return next.isEmpty() ? null : next.get(0);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not claim a delivery: " + e.getMessage(), e);
            }
        });
    }

    /** One attempt; whether it delivered. */
    boolean attempt(ClaimedDelivery delivery) {
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        DeliveryOutcome outcome;
        try {
            OutboundTarget target = urls.check(delivery.url());
            List<String> secrets = tx.executeRead(status -> secretsOf(status.getConnection(), delivery));
            long now = Instant.now().getEpochSecond();
            outcome = transport.post(target, body, Map.of(
                    "QeetMart-Signature", WebhookSignatures.header(now, body, secrets),
                    "QeetMart-Event-Id", delivery.eventId().toString()));
        } catch (UnprocessableException refused) {
            outcome = new DeliveryOutcome(0, "URL refused: " + refused.getMessage(), 0);
        }
        record(delivery, outcome);
        return outcome.delivered();
    }

    private void record(ClaimedDelivery delivery, DeliveryOutcome outcome) {
        Instant now = Instant.now();
        tx.executeWrite(status -> {
            Connection connection = status.getConnection();
            try {
                if (outcome.delivered()) {
                    DeliveryQueue.record(connection, delivery, "DELIVERED", null, outcome);
                    EndpointHealth.succeeded(connection, delivery.endpointId());
                    return null;
                }
                Optional<Instant> next = retries.next(delivery.attempt(), delivery.firstAttemptAt(), now);
                DeliveryQueue.record(connection, delivery, next.isPresent() ? "PENDING" : "FAILED",
                        next.map(Timestamp::from).orElse(null), outcome);
                EndpointHealth.failed(connection, delivery.endpointId(), outcome, settings.disableAfter(), now);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record a delivery: " + e.getMessage(), e);
            }
        });
        if (!outcome.delivered()) {
            LOG.info("Webhook delivery {} of event {} to endpoint {} failed (attempt {}): {}", delivery.id(),
                    delivery.eventId(), delivery.endpointId(), delivery.attempt(), outcome.describe());
        }
    }

    private static List<String> secretsOf(Connection connection, ClaimedDelivery delivery) {
        try {
            return DeliveryQueue.secrets(connection, delivery.endpointId());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read an endpoint's secrets: " + e.getMessage(), e);
        }
    }
}
