package com.qeetmart.platform.events.webhook;

import com.qeetmart.platform.errors.ConflictException;
import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.errors.UnprocessableException;
import com.qeetmart.platform.events.EventCatalog;
import com.qeetmart.platform.events.EventsProblem;
import com.qeetmart.platform.paging.PageRequest;
import com.qeetmart.platform.paging.PageResult;
import com.qeetmart.platform.security.Caller;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A service's webhook endpoints, as their owners manage them: an application's endpoints are its
 * own (another's are not found), an administrator's are the platform's and an administrator sees
 * all. Every URL is checked by {@link OutboundUrls}; every event type by the service's
 * {@link EventCatalog}. The signing secret is shown when it is made and never again.
 */
@Singleton
@Requires(bean = EventCatalog.class)
@Requires(classes = TransactionOperations.class)
public class WebhookEndpoints {

    static final String RESOURCE = "WebhookEndpoint";
    /** Endpoints one application may have: each one costs a delivery per event. */
    static final int MAX_PER_OWNER = 20;

    /** A new endpoint and its secret, shown this once. */
    public record Created(Endpoint endpoint, String secret) {
    }

    /** A new secret, and until when the previous one still signs. */
    public record Rotated(String secret, Instant previousExpiresAt) {
    }

    private final TransactionOperations<Connection> tx;
    private final EventCatalog catalog;
    private final OutboundUrls urls;
    private final WebhookSettings settings;

    WebhookEndpoints(TransactionOperations<Connection> tx, EventCatalog catalog, OutboundUrls urls,
                     WebhookSettings settings) {
        this.tx = tx;
        this.catalog = catalog;
        this.urls = urls;
        this.settings = settings;
    }

    public Created create(Caller caller, EndpointInput input) {
        check(caller, input);
        UUID owner = caller.isApplication() ? caller.id() : null;
        Endpoint endpoint = new Endpoint(UUID.randomUUID(), owner, input.url(), input.eventTypes(),
                input.description(), input.enabled(), null, null, Instant.now());
        String secret = WebhookSignatures.newSecret();
        return write(c -> {
            if (owner != null && EndpointRows.count(c, "webhook_endpoint", "owner_id", owner) >= MAX_PER_OWNER) {
                throw new ConflictException(EventsProblem.TOO_MANY_WEBHOOK_ENDPOINTS,
                        "An application may have at most " + MAX_PER_OWNER + " webhook endpoints");
            }
            EndpointRows.insert(c, endpoint, caller.id(), secret);
            return new Created(endpoint, secret);
        });
    }

    public PageResult<Endpoint> list(Caller caller, PageRequest page) {
        boolean all = caller.isAdmin();
        return write(c -> {
            List<Endpoint> items = EndpointRows.list(c, caller.id(), all, page.offset(), page.size());
            return PageResult.exact(items, page, EndpointRows.count(c, "webhook_endpoint", "owner_id",
                    all ? null : caller.id()));
        });
    }

    public Endpoint get(Caller caller, UUID id) {
        return write(c -> reachable(c, caller, id, false));
    }

    public Endpoint update(Caller caller, UUID id, EndpointInput input) {
        check(caller, input);
        return write(c -> {
            reachable(c, caller, id, true);
            EndpointRows.update(c, id, input);
            return EndpointRows.find(c, id, false).orElseThrow();
        });
    }

    public void delete(Caller caller, UUID id) {
        write(c -> {
            reachable(c, caller, id, true);
            EndpointRows.delete(c, id);
            return null;
        });
    }

    public Rotated rotateSecret(Caller caller, UUID id) {
        Instant now = Instant.now();
        Instant previousExpires = now.plus(settings.secretGrace());
        String secret = WebhookSignatures.newSecret();
        return write(c -> {
            reachable(c, caller, id, true);
            EndpointRows.expireSecrets(c, id, previousExpires);
            EndpointRows.addSecret(c, id, secret, now);
            return new Rotated(secret, previousExpires);
        });
    }

    public PageResult<Delivery> deliveries(Caller caller, UUID id, PageRequest page) {
        return write(c -> {
            reachable(c, caller, id, false);
            return PageResult.exact(EndpointRows.deliveries(c, id, page.offset(), page.size()), page,
                    EndpointRows.count(c, "webhook_delivery", "endpoint_id", id));
        });
    }

    public Delivery redeliver(Caller caller, UUID id, UUID deliveryId) {
        return write(c -> {
            reachable(c, caller, id, true);
            return EndpointRows.redeliver(c, id, deliveryId)
                    .orElseThrow(() -> new NotFoundException("WebhookDelivery", deliveryId));
        });
    }

    private void check(Caller caller, EndpointInput input) {
        urls.check(input.url());
        List<String> refused = catalog.refused(caller, input.eventTypes());
        if (!refused.isEmpty()) {
            throw new UnprocessableException(EventsProblem.EVENT_TYPE_NOT_ALLOWED, "eventTypes",
                    "This caller may not receive " + String.join(", ", refused));
        }
    }

    private static Endpoint reachable(Connection c, Caller caller, UUID id, boolean forUpdate) throws SQLException {
        return EndpointRows.find(c, id, forUpdate)
                .filter(endpoint -> caller.isAdmin() || caller.id().equals(endpoint.ownerId()))
                .orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T write(Work<T> work) {
        return tx.executeWrite(status -> {
            try {
                return work.run(status.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException("Webhook endpoints: " + e.getMessage(), e);
            }
        });
    }
}
