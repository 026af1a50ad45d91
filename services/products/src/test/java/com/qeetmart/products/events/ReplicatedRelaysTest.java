package com.qeetmart.products.events;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.platform.testing.Eventually;
import com.qeetmart.platform.testing.WebhookReceiver;
import com.qeetmart.products.api.model.CatalogEventType;
import com.qeetmart.products.api.model.CatalogWebhookEndpointInput;
import com.qeetmart.products.api.model.Product;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.client.WebhooksApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three replicas of the catalog relay the same outbox (this service and two more contexts on its
 * database): every event is delivered once, by one of them, and each product's events in order,
 * while five writers update five products at once.
 */
@MicronautTest(transactional = false)
class ReplicatedRelaysTest extends CatalogTest {

    private static final int PRODUCTS = 5;
    private static final int UPDATES = 12;

    @Inject
    WebhooksApi webhooks;
    @Inject
    ProductsApi products;

    @Test
    void everyEventIsDeliveredOnceAndInOrderWhateverReplicaSendsIt() throws Exception {
        Map<String, Object> replica = new HashMap<>(serviceProperties());
        replica.put("datasources.default.url", DB.url());
        replica.put("micronaut.server.port", "-1");
        replica.put("endpoints.all.port", "-1");
        try (WebhookReceiver receiver = new WebhookReceiver();
             ApplicationContext second = ApplicationContext.run(replica);
             ApplicationContext third = ApplicationContext.run(replica)) {
            asAdmin();
            webhooks.createCatalogWebhookEndpoint(new CatalogWebhookEndpointInput(receiver.url(),
                    Set.of(CatalogEventType.PRODUCT_UPDATED)));
            List<Product> made = new ArrayList<>();
            for (int i = 0; i < PRODUCTS; i++) {
                made.add(products.createProduct(new ProductInput("Replicated " + i, new Money("5.00", "EUR")), null).body());
            }
            ExecutorService writers = Executors.newFixedThreadPool(PRODUCTS);
            List<Future<?>> done = new ArrayList<>();
            String token = caller.current();
            for (Product product : made) {
                done.add(writers.submit(() -> {
                    caller.use(token);
                    for (int version = 1; version <= UPDATES; version++) {
                        products.updateProduct(product.getId(), new ProductInput("Replicated v" + version,
                                new Money("5.00", "EUR")), "\"" + version + "\"");
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            writers.shutdown();

            int expected = PRODUCTS * UPDATES;
            List<WebhookReceiver.Received> got = awaitDeliveries(receiver, expected);
            assertEquals(expected, got.size(), "no event delivered twice without a failure");
            assertEquals(expected, got.stream().map(WebhookReceiver.Received::eventId).distinct().count());
            Map<UUID, Long> last = new HashMap<>();
            for (WebhookReceiver.Received delivery : got) {
                JsonNode event = json.readValue(delivery.body(), JsonNode.class);
                UUID product = UUID.fromString(event.get("data").get("id").getStringValue());
                long sequence = event.get("sequence").getLongValue();
                assertTrue(sequence > last.getOrDefault(product, 0L), "product " + product + ": " + sequence + " after "
                        + last.get(product));
                last.put(product, sequence);
            }
        }
    }

    /** The deliveries; if they do not all come, a failure that says where each one stands. */
    private static List<WebhookReceiver.Received> awaitDeliveries(WebhookReceiver receiver, int expected) {
        try {
            return Eventually.await(expected + " deliveries", Duration.ofSeconds(20), receiver::accepted,
                    list -> list.size() >= expected);
        } catch (AssertionError e) {
            throw new AssertionError(receiver.accepted().size() + " of " + expected + " delivered in 20 s ("
                    + receiver.requests() + " requests); the rest: " + DB.text("""
                    SELECT coalesce(string_agg(state || ' attempts=' || attempts || ' lease=' || coalesce(lease_until::text, '-')
                                      || ' next=' || next_attempt_at || ' status=' || coalesce(last_status::text, '-')
                                      || ' error=' || coalesce(last_error, '-'), '; ' ORDER BY position), 'none')
                      FROM webhook_delivery WHERE state <> 'DELIVERED'""") + "; endpoint paused until "
                    + DB.text("SELECT coalesce(max(paused_until)::text, '-') FROM webhook_endpoint")
                    + "; events not yet in the feed: " + DB.count("SELECT count(*) FROM event_outbox WHERE position IS NULL")
                    + "; now " + DB.text("SELECT now()::text"));
        }
    }
}
