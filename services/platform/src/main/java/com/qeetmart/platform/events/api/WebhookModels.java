package com.qeetmart.platform.events.api;

import com.qeetmart.common.api.model.WebhookDelivery;
import com.qeetmart.common.api.model.WebhookDeliveryPage;
import com.qeetmart.common.api.model.WebhookDeliveryState;
import com.qeetmart.common.api.model.WebhookEndpoint;
import com.qeetmart.common.api.model.WebhookEndpointCreated;
import com.qeetmart.common.api.model.WebhookEndpointPage;
import com.qeetmart.common.api.model.WebhookSecret;
import com.qeetmart.platform.events.webhook.Delivery;
import com.qeetmart.platform.events.webhook.Endpoint;
import com.qeetmart.platform.events.webhook.EndpointInput;
import com.qeetmart.platform.events.webhook.WebhookEndpoints;
import com.qeetmart.platform.paging.ApiPages;
import com.qeetmart.platform.paging.PageResult;
import com.qeetmart.platform.time.Timestamps;
import io.micronaut.http.HttpResponse;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The webhook models every service's contract shares (common/components.yaml), from the
 * platform's records: the one mapping, so each service's controller stays a few lines per
 * operation.
 */
public final class WebhookModels {

    private WebhookModels() {
    }

    public static EndpointInput input(String url, List<String> eventTypes, String description, Boolean enabled) {
        return new EndpointInput(url, eventTypes, description, enabled == null || enabled);
    }

    public static HttpResponse<WebhookEndpointCreated> created(String basePath, WebhookEndpoints.Created created) {
        WebhookEndpoint endpoint = endpoint(created.endpoint());
        return HttpResponse.created(new WebhookEndpointCreated(endpoint, created.secret()),
                URI.create(basePath + "/" + created.endpoint().id()));
    }

    public static WebhookEndpoint endpoint(Endpoint e) {
        return new WebhookEndpoint(e.id(), e.url(), e.eventTypes(), e.enabled(), Timestamps.utc(e.createdAt()))
                .description(e.description())
                .disabledAt(utc(e.disabledAt()))
                .disabledReason(e.disabledReason())
                .applicationId(e.ownerId() == null ? null : e.ownerId().toString());
    }

    public static WebhookEndpointPage endpoints(PageResult<Endpoint> page) {
        return ApiPages.of(page, WebhookModels::endpoint, WebhookEndpointPage::new);
    }

    public static WebhookSecret secret(WebhookEndpoints.Rotated rotated) {
        return new WebhookSecret(rotated.secret()).previousSecretExpiresAt(utc(rotated.previousExpiresAt()));
    }

    public static WebhookDelivery delivery(Delivery d) {
        // Waiting behind an earlier delivery of the same resource is pending too, to the owner.
        boolean pending = d.state().equals("PENDING") || d.state().equals("QUEUED");
        return new WebhookDelivery(d.id(), d.eventId(), d.eventType(),
                pending ? WebhookDeliveryState.PENDING : WebhookDeliveryState.valueOf(d.state()),
                d.attempts(), Timestamps.utc(d.createdAt()))
                .lastStatus(d.lastStatus())
                .lastError(d.lastError())
                .lastLatencyMs(d.lastLatencyMs())
                .lastAttemptAt(utc(d.lastAttemptAt()))
                .nextAttemptAt(pending ? utc(d.nextAttemptAt()) : null);
    }

    public static WebhookDeliveryPage deliveries(PageResult<Delivery> page) {
        return ApiPages.of(page, WebhookModels::delivery, WebhookDeliveryPage::new);
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : Timestamps.utc(at);
    }
}
