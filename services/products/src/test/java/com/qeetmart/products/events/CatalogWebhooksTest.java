package com.qeetmart.products.events;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.common.api.model.WebhookDelivery;
import com.qeetmart.common.api.model.WebhookDeliveryState;
import com.qeetmart.common.api.model.WebhookEndpoint;
import com.qeetmart.common.api.model.WebhookEndpointCreated;
import com.qeetmart.common.api.model.WebhookSecret;
import com.qeetmart.platform.testing.Eventually;
import com.qeetmart.platform.testing.WebhookReceiver;
import com.qeetmart.platform.testing.WebhookReceiver.Received;
import com.qeetmart.products.api.model.CatalogEventType;
import com.qeetmart.products.api.model.CatalogWebhookEndpointInput;
import com.qeetmart.products.api.model.Product;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.client.WebhooksApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks as a partner meets them: signed deliveries of each change, in order per product even
 * while its endpoint fails for a while, the delivery log, redelivery with the same event id, a
 * secret rotation that signs with both secrets, and an endpoint that keeps failing disabled with
 * its reason and resumed, in order, when its owner enables it.
 */
@MicronautTest(transactional = false)
class CatalogWebhooksTest extends CatalogTest {

    private static final Duration DELIVERED = Duration.ofSeconds(20);

    @Inject
    WebhooksApi webhooks;
    @Inject
    ProductsApi products;

    private WebhookReceiver receiver;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("qeetmart.events.webhooks.retry-base", "20ms", "qeetmart.events.webhooks.retry-max-delay", "100ms",
                "qeetmart.events.webhooks.disable-after", "2s");
    }

    @BeforeEach
    void startReceiver() {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void everyChangeIsDeliveredSignedAndInOrderEvenThroughFailures() throws IOException {
        asAdmin();
        WebhookEndpointCreated created = register(CatalogEventType.PRODUCT_CREATED, CatalogEventType.PRODUCT_UPDATED);
        assertTrue(created.getSecret().startsWith("whsec_"));
        receiver.answer(n -> n % 3 == 0 ? 204 : 503);   // two of three attempts fail
        Product product = products.createProduct(new ProductInput("Runner", new Money("10.00", "EUR")), null).body();
        for (int version = 1; version <= 12; version++) {
            products.updateProduct(product.getId(), new ProductInput("Runner " + version, new Money("10.00", "EUR")),
                    "\"" + version + "\"");
        }

        List<Received> got = Eventually.await("13 deliveries", DELIVERED, receiver::accepted, list -> list.size() >= 13);
        long previous = 0;
        for (Received delivery : got) {
            assertTrue(WebhookReceiver.signedWith(delivery, created.getSecret()), "signed with the endpoint's secret");
            assertTrue(Math.abs(WebhookReceiver.signedAt(delivery) - Instant.now().getEpochSecond()) < 300);
            assertEquals("application/json", delivery.contentType());
            JsonNode event = json.readValue(delivery.body(), JsonNode.class);
            assertEquals(delivery.eventId(), event.get("id").getStringValue());
            long sequence = event.get("sequence").getLongValue();
            assertTrue(sequence > previous, "in the product's order: " + sequence + " after " + previous);
            previous = sequence;
        }
        assertEquals(13, previous);

        List<WebhookDelivery> log = webhooks.listCatalogWebhookDeliveries(created.getEndpoint().getId(), 0, 100).body().getItems();
        assertEquals(13, log.size());
        assertTrue(log.stream().allMatch(d -> d.getState() == WebhookDeliveryState.DELIVERED && d.getLastStatus() == 204));
        assertTrue(log.stream().anyMatch(d -> d.getAttempts() > 1), "the failed attempts are counted");
    }

    @Test
    void aRedeliveryCarriesTheSameEventAgain() {
        asAdmin();
        WebhookEndpointCreated created = register(CatalogEventType.PRODUCT_CREATED);
        products.createProduct(new ProductInput("Sandal", new Money("30.00", "EUR")), null);
        Received first = Eventually.await("a delivery", DELIVERED, receiver::accepted, list -> list.size() == 1).get(0);
        UUID endpointId = created.getEndpoint().getId();
        WebhookDelivery logged = webhooks.listCatalogWebhookDeliveries(endpointId, 0, 10).body().getItems().get(0);

        assertEquals(202, webhooks.redeliverCatalogWebhook(endpointId, logged.getId()).code());
        Received again = Eventually.await("the redelivery", DELIVERED, receiver::accepted, list -> list.size() == 2).get(1);
        assertEquals(first.eventId(), again.eventId());
        assertEquals(first.body(), again.body());
    }

    @Test
    void afterARotationDeliveriesAreSignedWithBothSecrets() {
        asAdmin();
        WebhookEndpointCreated created = register(CatalogEventType.PRODUCT_CREATED);
        WebhookSecret rotated = webhooks.rotateCatalogWebhookSecret(created.getEndpoint().getId()).body();
        assertNotNull(rotated.getPreviousSecretExpiresAt());
        products.createProduct(new ProductInput("Clog", new Money("40.00", "EUR")), null);

        Received delivery = Eventually.await("a delivery", DELIVERED, receiver::accepted, list -> !list.isEmpty()).get(0);
        assertTrue(WebhookReceiver.signedWith(delivery, rotated.getSecret()));
        assertTrue(WebhookReceiver.signedWith(delivery, created.getSecret()));
        assertFalse(WebhookReceiver.signedWith(delivery, "whsec_not-the-secret"));
    }

    @Test
    void anEndpointThatKeepsFailingIsDisabledAndResumesInOrderWhenEnabled() {
        asAdmin();
        WebhookEndpointCreated created = register(CatalogEventType.PRODUCT_CREATED, CatalogEventType.PRODUCT_UPDATED);
        UUID endpointId = created.getEndpoint().getId();
        receiver.answer(n -> 500);
        Product mule = products.createProduct(new ProductInput("Mule", new Money("50.00", "EUR")), null).body();

        WebhookEndpoint disabled = Eventually.await("the endpoint disabled", DELIVERED,
                () -> webhooks.getCatalogWebhookEndpoint(endpointId).body(), endpoint -> !endpoint.getEnabled());
        assertTrue(disabled.getDisabledReason().contains("HTTP 500"), disabled.getDisabledReason());
        assertNotNull(disabled.getDisabledAt());
        products.updateProduct(mule.getId(), new ProductInput("Mule II", new Money("50.00", "EUR")), "\"1\"");

        receiver.answer(n -> 204);
        webhooks.updateCatalogWebhookEndpoint(endpointId, input(CatalogEventType.PRODUCT_CREATED, CatalogEventType.PRODUCT_UPDATED));
        List<Received> got = Eventually.await("both deliveries", DELIVERED, receiver::accepted, list -> list.size() >= 2);
        assertTrue(got.get(0).body().contains("\"product.created\""), "what waited first goes first: " + got.get(0).body());
        assertTrue(got.get(1).body().contains("\"product.updated\""), got.get(1).body());
        assertTrue(webhooks.getCatalogWebhookEndpoint(endpointId).body().getEnabled());
    }

    @Test
    void anApplicationSeesOnlyItsOwnEndpoints() {
        UUID owner = UUID.randomUUID();
        caller.use(ISSUER.applicationToken(owner, "catalog:write"));
        WebhookEndpointCreated own = register(CatalogEventType.PRODUCT_UPDATED);
        assertEquals(owner.toString(), own.getEndpoint().getApplicationId());

        caller.use(ISSUER.applicationToken(UUID.randomUUID(), "catalog:write"));
        assertEquals("NOT_FOUND", problemOf(404, () -> webhooks.getCatalogWebhookEndpoint(own.getEndpoint().getId())).getCode());
        assertEquals(0, webhooks.listCatalogWebhookEndpoints(0, 20).body().getItems().size());
        problemOf(404, () -> webhooks.deleteCatalogWebhookEndpoint(own.getEndpoint().getId()));

        asAdmin();
        assertEquals(1, webhooks.listCatalogWebhookEndpoints(0, 20).body().getItems().size(), "an administrator sees all");
    }

    @Test
    void urlsThatReachInsideAreRefused() {
        asAdmin();
        for (String url : List.of("http://10.0.0.7/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook",
                "http://192.168.1.1/", "http://100.64.0.1/", "http://[fd00:ec2::254]/", "ftp://127.0.0.1/hook",
                "http://user:pass@127.0.0.1/hook", "http://0.0.0.0/hook")) {
            var problem = problemOf(422, () -> webhooks.createCatalogWebhookEndpoint(
                    new CatalogWebhookEndpointInput(url, Set.of(CatalogEventType.PRODUCT_CREATED))));
            assertEquals("WEBHOOK_URL_REFUSED", problem.getCode(), url);
        }
        assertEquals(0, count("SELECT count(*) FROM webhook_endpoint"));
    }

    private WebhookEndpointCreated register(CatalogEventType... types) {
        var answer = webhooks.createCatalogWebhookEndpoint(input(types));
        assertEquals(201, answer.code());
        return answer.body();
    }

    private CatalogWebhookEndpointInput input(CatalogEventType... types) {
        return new CatalogWebhookEndpointInput(receiver.url(), Set.of(types)).enabled(true);
    }
}
