package com.qeetmart.products.events;

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
import com.qeetmart.products.api.WebhooksApi;
import com.qeetmart.products.api.model.CatalogEventType;
import com.qeetmart.products.api.model.CatalogWebhookEndpointInput;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.UUID;

/** The catalog's webhook endpoints: the platform's, mapped to and from the shared models. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogWebhooksController implements WebhooksApi {

    private static final String BASE = "/catalog/webhook-endpoints";

    private final WebhookEndpoints endpoints;
    private final Callers callers;

    CatalogWebhooksController(WebhookEndpoints endpoints, Callers callers) {
        this.endpoints = endpoints;
        this.callers = callers;
    }

    @Override
    public HttpResponse<WebhookEndpointCreated> createCatalogWebhookEndpoint(CatalogWebhookEndpointInput input) {
        return WebhookModels.created(BASE, endpoints.create(callers.current(), toInput(input)));
    }

    @Override
    public HttpResponse<WebhookEndpointPage> listCatalogWebhookEndpoints(Integer page, Integer size) {
        return HttpResponse.ok(WebhookModels.endpoints(endpoints.list(callers.current(), PageRequest.of(page, size))));
    }

    @Override
    public HttpResponse<WebhookEndpoint> getCatalogWebhookEndpoint(UUID endpointId) {
        return HttpResponse.ok(WebhookModels.endpoint(endpoints.get(callers.current(), endpointId)));
    }

    @Override
    public HttpResponse<WebhookEndpoint> updateCatalogWebhookEndpoint(UUID endpointId, CatalogWebhookEndpointInput input) {
        return HttpResponse.ok(WebhookModels.endpoint(endpoints.update(callers.current(), endpointId, toInput(input))));
    }

    @Override
    public HttpResponse<Void> deleteCatalogWebhookEndpoint(UUID endpointId) {
        endpoints.delete(callers.current(), endpointId);
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<WebhookSecret> rotateCatalogWebhookSecret(UUID endpointId) {
        return HttpResponse.ok(WebhookModels.secret(endpoints.rotateSecret(callers.current(), endpointId)));
    }

    @Override
    public HttpResponse<WebhookDeliveryPage> listCatalogWebhookDeliveries(UUID endpointId, Integer page, Integer size) {
        return HttpResponse.ok(WebhookModels.deliveries(
                endpoints.deliveries(callers.current(), endpointId, PageRequest.of(page, size))));
    }

    @Override
    public HttpResponse<WebhookDelivery> redeliverCatalogWebhook(UUID endpointId, UUID deliveryId) {
        return HttpResponse.accepted().body(WebhookModels.delivery(
                endpoints.redeliver(callers.current(), endpointId, deliveryId)));
    }

    private static EndpointInput toInput(CatalogWebhookEndpointInput in) {
        return WebhookModels.input(in.getUrl(), in.getEventTypes().stream().map(CatalogEventType::getValue).sorted().toList(),
                in.getDescription(), in.getEnabled());
    }
}
