package com.qeetmart.inventory.events;

import com.qeetmart.common.api.model.WebhookDelivery;
import com.qeetmart.common.api.model.WebhookDeliveryPage;
import com.qeetmart.common.api.model.WebhookEndpoint;
import com.qeetmart.common.api.model.WebhookEndpointCreated;
import com.qeetmart.common.api.model.WebhookEndpointPage;
import com.qeetmart.common.api.model.WebhookSecret;
import com.qeetmart.platform.events.api.WebhookModels;
import com.qeetmart.platform.events.webhook.EndpointInput;
import com.qeetmart.platform.events.webhook.WebhookEndpoints;
import com.qeetmart.platform.paging.PageRequest;
import com.qeetmart.platform.security.Callers;
import com.qeetmart.inventory.api.WebhooksApi;
import com.qeetmart.inventory.api.model.InventoryEventType;
import com.qeetmart.inventory.api.model.InventoryWebhookEndpointInput;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.UUID;

/** The inventory's webhook endpoints: the platform's, mapped to and from the shared models. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class InventoryWebhooksController implements WebhooksApi {

    private static final String BASE = "/inventory/webhook-endpoints";

    private final WebhookEndpoints endpoints;
    private final Callers callers;

    InventoryWebhooksController(WebhookEndpoints endpoints, Callers callers) {
        this.endpoints = endpoints;
        this.callers = callers;
    }

    @Override
    public HttpResponse<WebhookEndpointCreated> createInventoryWebhookEndpoint(InventoryWebhookEndpointInput input) {
        return WebhookModels.created(BASE, endpoints.create(callers.current(), toInput(input)));
    }

    @Override
    public HttpResponse<WebhookEndpointPage> listInventoryWebhookEndpoints(Integer page, Integer size) {
        return HttpResponse.ok(WebhookModels.endpoints(endpoints.list(callers.current(), PageRequest.of(page, size))));
    }

    @Override
    public HttpResponse<WebhookEndpoint> getInventoryWebhookEndpoint(UUID endpointId) {
        return HttpResponse.ok(WebhookModels.endpoint(endpoints.get(callers.current(), endpointId)));
    }

    @Override
    public HttpResponse<WebhookEndpoint> updateInventoryWebhookEndpoint(UUID endpointId, InventoryWebhookEndpointInput input) {
        return HttpResponse.ok(WebhookModels.endpoint(endpoints.update(callers.current(), endpointId, toInput(input))));
    }

    @Override
    public HttpResponse<Void> deleteInventoryWebhookEndpoint(UUID endpointId) {
        endpoints.delete(callers.current(), endpointId);
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<WebhookSecret> rotateInventoryWebhookSecret(UUID endpointId) {
        return HttpResponse.ok(WebhookModels.secret(endpoints.rotateSecret(callers.current(), endpointId)));
    }

    @Override
    public HttpResponse<WebhookDeliveryPage> listInventoryWebhookDeliveries(UUID endpointId, Integer page, Integer size) {
        return HttpResponse.ok(WebhookModels.deliveries(
                endpoints.deliveries(callers.current(), endpointId, PageRequest.of(page, size))));
    }

    @Override
    public HttpResponse<WebhookDelivery> redeliverInventoryWebhook(UUID endpointId, UUID deliveryId) {
        return HttpResponse.accepted().body(WebhookModels.delivery(
                endpoints.redeliver(callers.current(), endpointId, deliveryId)));
    }

    private static EndpointInput toInput(InventoryWebhookEndpointInput in) {
        return WebhookModels.input(in.getUrl(), in.getEventTypes().stream().map(InventoryEventType::getValue).sorted().toList(),
                in.getDescription(), in.getEnabled());
    }
}
