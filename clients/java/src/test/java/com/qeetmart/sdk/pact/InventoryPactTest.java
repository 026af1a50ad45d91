package com.qeetmart.sdk.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.qeetmart.sdk.QeetMart;
import com.qeetmart.sdk.RetryPolicy;
import com.qeetmart.sdk.inventory.model.Reservation;
import com.qeetmart.sdk.inventory.model.ReservationLine;
import com.qeetmart.sdk.inventory.model.ReservationRequest;
import com.qeetmart.sdk.inventory.model.ReservationStatus;
import com.qeetmart.sdk.inventory.model.StockLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the Java SDK relies on from inventory; the inventory service verifies it. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "inventory", pactVersion = PactSpecVersion.V3)
class InventoryPactTest {

    static final UUID STOCKED = UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    static final UUID ORDER = UUID.fromString("3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a");
    private static final String UUID_REGEX = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Pact(consumer = "qeetmart-sdk-java")
    RequestResponsePact reserve(PactDslWithProvider builder) {
        return builder.given("product " + STOCKED + " has 10 units in stock")
                .uponReceiving("a reservation of one unit with an idempotency key")
                .path("/inventory/reservations").method("POST").matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("Authorization", "Bearer .+", "Bearer pact-token")
                .matchHeader("Idempotency-Key", UUID_REGEX, "5b1f0c9e-2d3a-4e8f-9a7b-6c5d4e3f2a1b")
                .body(new PactDslJsonBody().uuid("orderId", ORDER)
                        .minArrayLike("lines", 1, 1).uuid("productId", STOCKED).integerType("quantity", 1).closeObject()
                        .closeArray())
                .willRespondWith().status(201).body(reservationBody())
                .toPact();
    }

    private static PactDslJsonBody reservationBody() {
        PactDslJsonBody body = new PactDslJsonBody().uuid("id").uuid("orderId", ORDER).stringValue("status", "ACTIVE")
                .stringMatcher("expiresAt", Shapes.TIMESTAMP, "2026-01-01T00:10:00Z")
                .stringMatcher("createdAt", Shapes.TIMESTAMP, "2026-01-01T00:00:00Z");
        body.minArrayLike("lines", 1, 1).uuid("productId", STOCKED).integerType("quantity", 1).closeObject().closeArray();
        return body;
    }

    @Test
    @PactTestFor(pactMethod = "reserve")
    void reservesWithAnIdempotencyKey(MockServer server) throws Exception {
        Reservation reservation = sdk(server).reserve(new ReservationRequest().orderId(ORDER)
                .addLinesItem(new ReservationLine().productId(STOCKED).quantity(1)));

        assertEquals(ReservationStatus.ACTIVE, reservation.getStatus());
        assertEquals(ORDER, reservation.getOrderId());
    }

    @Pact(consumer = "qeetmart-sdk-java")
    RequestResponsePact stockLevel(PactDslWithProvider builder) {
        return builder.given("product " + STOCKED + " has 10 units in stock")
                .uponReceiving("a request for the stock of one product")
                .path("/inventory/" + STOCKED).method("GET")
                .matchHeader("Authorization", "Bearer .+", "Bearer pact-token")
                .willRespondWith().status(200)
                .body(new PactDslJsonBody().uuid("productId", STOCKED).integerType("onHand", 10)
                        .integerType("reservedQuantity", 0).integerType("availableQuantity", 10).integerType("version", 1)
                        .stringMatcher("updatedAt", Shapes.TIMESTAMP, "2026-01-01T00:00:00Z"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "stockLevel")
    void readsTheStockOfAProduct(MockServer server) throws Exception {
        StockLevel level = sdk(server).stock().getStockLevel(STOCKED);

        assertEquals(STOCKED, level.getProductId());
        assertEquals(10, level.getAvailableQuantity());
    }

    private static QeetMart sdk(MockServer server) {
        return QeetMart.builder().baseUrl(server.getUrl()).accessToken("pact-token").retryPolicy(RetryPolicy.none()).build();
    }
}
