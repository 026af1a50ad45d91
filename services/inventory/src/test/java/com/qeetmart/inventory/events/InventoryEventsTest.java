package com.qeetmart.inventory.events;

import com.qeetmart.inventory.api.model.InventoryEventType;
import com.qeetmart.inventory.api.model.InventoryWebhookEndpointInput;
import com.qeetmart.inventory.api.model.Reservation;
import com.qeetmart.inventory.api.model.StockLevel;
import com.qeetmart.inventory.client.EventsApi;
import com.qeetmart.inventory.client.WebhooksApi;
import com.qeetmart.inventory.support.InventoryTest;
import com.qeetmart.platform.testing.Eventually;
import com.qeetmart.platform.testing.WebhookReceiver;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inventory's events, written by the database with every change whatever path made it: a
 * reservation made and ended, the stock it moved, each with the resource as its GET shows it; a
 * refused reservation writes none; an application receives its own reservations' events only.
 */
@MicronautTest(transactional = false)
class InventoryEventsTest extends InventoryTest {

    private static final Duration RELAYED = Duration.ofSeconds(10);

    @Inject
    EventsApi events;
    @Inject
    WebhooksApi webhooks;

    @Test
    void aReservationAndTheStockItMovesHaveTheirEventsAsTheirGetsShowThem() {
        UUID boots = productWithStock(10);
        asUser();
        Reservation made = reservationsApi.createReservation(UUID.randomUUID().toString(), order(boots, 3)).body();
        Reservation released = reservationsApi.releaseReservation(made.getId()).body();

        asAdmin();
        List<JsonNode> feed = feedOf(5);
        List<JsonNode> reservationEvents = ofResource(feed, "reservation.");
        List<JsonNode> stockEvents = ofResource(feed, "stock.");
        assertEquals(List.of("reservation.created", "reservation.released"), types(reservationEvents));
        assertEquals(3, stockEvents.size(), "setting stock, reserving, releasing");
        JsonNode created = reservationEvents.get(0).get("data");
        assertEquals(made.getId().toString(), created.get("id").getStringValue());
        assertEquals("ACTIVE", created.get("status").getStringValue());
        assertEquals(3, created.get("lines").get(0).get("quantity").getIntValue());
        assertEquals(made.getExpiresAt().toInstant(), Instant.parse(created.get("expiresAt").getStringValue()));
        assertEquals(1, reservationEvents.get(0).get("sequence").getLongValue());
        JsonNode ended = reservationEvents.get(1);
        assertEquals(released.getStatus().getValue(), ended.get("data").get("status").getStringValue());
        assertEquals(2, ended.get("sequence").getLongValue());

        StockLevel level = stockApi.getStockLevel(boots).body();
        JsonNode last = stockEvents.get(2).get("data");
        assertEquals(level.getVersion(), last.get("version").getLongValue());
        assertEquals(level.getAvailableQuantity(), last.get("availableQuantity").getIntValue());
        assertEquals(level.getReservedQuantity(), last.get("reservedQuantity").getIntValue());
        assertEquals(level.getVersion(), stockEvents.get(2).get("sequence").getLongValue());
        assertTrue(stockEvents.get(0).get("sequence").getLongValue() < stockEvents.get(1).get("sequence").getLongValue(),
                "a product's events in the order of its versions");
    }

    @Test
    void aRefusedReservationWritesNoEvent() {
        UUID boots = productWithStock(2);
        asUser();
        problemOf(409, () -> reservationsApi.createReservation(UUID.randomUUID().toString(), order(boots, 5)));
        asAdmin();
        feedOf(1);
        assertEquals(1, DB.count("SELECT count(*) FROM event_outbox"), "only the stock that was set");
    }

    @Test
    void anApplicationReceivesItsOwnReservationsEventsAndNoOneElses() {
        UUID boots = productWithStock(10);
        UUID storefront = UUID.randomUUID();
        String own = ISSUER.applicationToken(storefront, "reservations:write");
        caller.use(own);
        Reservation mine = reservationsApi.createReservation(UUID.randomUUID().toString(), order(boots, 1)).body();
        caller.use(ISSUER.applicationToken(UUID.randomUUID(), "reservations:write"));
        reservationsApi.createReservation(UUID.randomUUID().toString(), order(boots, 1));
        asAdmin();
        feedOf(5);

        caller.use(own);
        List<JsonNode> seen = allEvents();
        assertEquals(List.of("reservation.created"), types(seen), "no stock events without inventory:write, no other maker's");
        assertEquals(mine.getId().toString(), seen.get(0).get("data").get("id").getStringValue());
        assertEquals("EVENT_TYPE_NOT_ALLOWED", problemOf(422, () -> webhooks.createInventoryWebhookEndpoint(
                new InventoryWebhookEndpointInput("http://127.0.0.1:9/hook", Set.of(InventoryEventType.STOCK_CHANGED)))).getCode());
    }

    @Test
    void anApplicationsWebhookGetsItsReservationInOrder() {
        UUID boots = productWithStock(10);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            caller.use(ISSUER.applicationToken(UUID.randomUUID(), "reservations:write"));
            String secret = webhooks.createInventoryWebhookEndpoint(new InventoryWebhookEndpointInput(receiver.url(),
                    Set.of(InventoryEventType.RESERVATION_CREATED, InventoryEventType.RESERVATION_COMMITTED))).body().getSecret();
            Reservation made = reservationsApi.createReservation(UUID.randomUUID().toString(), order(boots, 2)).body();
            reservationsApi.commitReservation(made.getId());

            List<WebhookReceiver.Received> got = Eventually.await("two deliveries", RELAYED, receiver::accepted,
                    list -> list.size() >= 2);
            assertTrue(got.get(0).body().contains("\"reservation.created\""), got.get(0).body());
            assertTrue(got.get(1).body().contains("\"reservation.committed\""), got.get(1).body());
            assertTrue(got.stream().allMatch(d -> WebhookReceiver.signedWith(d, secret)));
        }
    }

    private List<JsonNode> feedOf(int n) {
        return Eventually.await("the feed holds " + n + " events", RELAYED, this::allEvents, list -> list.size() >= n);
    }

    private List<JsonNode> allEvents() {
        List<JsonNode> all = new ArrayList<>();
        for (Object item : events.listInventoryEvents(null, 500, null).body().getItems()) {
            try {
                all.add(json.readValue(json.writeValueAsBytes(item), JsonNode.class));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }

    private static List<JsonNode> ofResource(List<JsonNode> feed, String prefix) {
        return feed.stream().filter(e -> e.get("type").getStringValue().startsWith(prefix)).toList();
    }

    private static List<String> types(List<JsonNode> feed) {
        return feed.stream().map(e -> e.get("type").getStringValue()).toList();
    }
}
