package com.qeetmart.products.events;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.platform.testing.Eventually;
import com.qeetmart.platform.testing.WebhookReceiver;
import com.qeetmart.products.api.model.CatalogEventType;
import com.qeetmart.products.api.model.CatalogWebhookEndpointInput;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.client.WebhooksApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner whose receiver accepts connections and never answers cannot take the senders from
 * the others: after its first timeout its endpoint waits out a pause, and a healthy endpoint's
 * deliveries go on meanwhile, each at once.
 */
@MicronautTest(transactional = false)
class SlowReceiverTest extends CatalogTest {

    private static final int EVENTS = 12;

    @Inject
    WebhooksApi webhooks;
    @Inject
    ProductsApi products;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("qeetmart.events.webhooks.concurrency", "2", "qeetmart.events.webhooks.timeout", "1s",
                "qeetmart.events.webhooks.retry-base", "5s");
    }

    @Test
    void aReceiverThatNeverAnswersDoesNotHoldUpAnotherPartnersEvents() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
             WebhookReceiver healthy = new WebhookReceiver()) {
            Thread acceptor = new Thread(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept());   // read nothing, answer nothing
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            asAdmin();
            webhooks.createCatalogWebhookEndpoint(new CatalogWebhookEndpointInput(
                    "http://127.0.0.1:" + silent.getLocalPort() + "/hook", Set.of(CatalogEventType.PRODUCT_CREATED)));
            webhooks.createCatalogWebhookEndpoint(new CatalogWebhookEndpointInput(healthy.url(),
                    Set.of(CatalogEventType.PRODUCT_CREATED)));
            for (int i = 0; i < EVENTS; i++) {
                products.createProduct(new ProductInput("Product " + i, new Money("1.00", "EUR")), null);
            }

            Eventually.await("the healthy endpoint has every event", Duration.ofSeconds(8), healthy::accepted,
                    got -> got.size() >= EVENTS);
            assertTrue(connections.get() <= 4, "the silent receiver was tried " + connections.get()
                    + " times, not once per event: its endpoint paused after the first timeouts");
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
