package com.qeetmart.inventory.reservation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.inventory.support.InventoryTest;
import com.qeetmart.platform.testing.RawHttp;
import com.qeetmart.platform.testing.RawHttp.Answer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The direct write stage in front of the reservation controller: what it answers (a new
 * reservation, a release that ends one) is answered as the controller answers it, header for
 * header; what it leaves (a key or body in an unusual form, a replay, a refusal, a repeat
 * release) the controller answers as before, and nothing is written twice.
 */
@MicronautTest(transactional = false)
class DirectWritesTest extends InventoryTest {

    @Inject
    MeterRegistry registry;

    UUID shoes;

    @BeforeEach
    void stock() {
        shoes = productWithStock(20);
        asUser();
        stockApi.getStockLevel(shoes); // the caller's token is verified now: the stage may take its requests
    }

    @Test
    void aNewReservationIsAnsweredByTheStageAsTheControllerAnswersIt() throws IOException {
        double answered = count("createReservation", "answered");
        Answer direct = create(UUID.randomUUID().toString(), body(UUID.randomUUID(), 2));
        assertEquals(answered + 1, count("createReservation", "answered"));
        double left = count("createReservation", "left");
        Answer controller = create("a key with spaces " + UUID.randomUUID(), body(UUID.randomUUID(), 2));
        assertEquals(left + 1, count("createReservation", "left"), "a key that is not visible ASCII is the controller's");

        assertEquals(201, direct.status());
        assertEquals(201, controller.status());
        assertEquals(withoutValues(controller.headers()), withoutValues(direct.headers()));
        for (String same : List.of("content-type", "cache-control", "connection")) {
            assertEquals(controller.header(same), direct.header(same), same);
        }
        Map<String, Object> made = json.readValue(direct.body(), Map.class);
        Map<String, Object> theirs = json.readValue(controller.body(), Map.class);
        assertEquals(theirs.keySet(), made.keySet());
        assertEquals(theirs.get("lines").toString().replace(shoes.toString(), "P"), made.get("lines").toString().replace(shoes.toString(), "P"));
        assertEquals("/inventory/reservations/" + made.get("id"), direct.header("location"));
        assertEquals("ACTIVE", DB.text("SELECT status FROM reservation WHERE id = '" + made.get("id") + "'"));
        assertEquals(16, stockApi.getStockLevel(shoes).body().getAvailableQuantity());
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void replaysAndRefusalsAreTheControllersAndWriteNothingTwice() throws IOException {
        String key = UUID.randomUUID().toString();
        String order = body(UUID.randomUUID(), 1);
        Answer first = create(key, order);
        double left = count("createReservation", "left");
        Answer again = create(key, order);
        assertEquals(201, again.status());
        assertEquals("true", again.header("idempotent-replayed"));
        assertEquals(json.readValue(first.body(), Map.class).get("id"), json.readValue(again.body(), Map.class).get("id"));
        Answer reused = create(key, body(UUID.randomUUID(), 1));
        assertEquals(422, reused.status());
        Answer tooMany = create(UUID.randomUUID().toString(), body(UUID.randomUUID(), 30));
        assertEquals(409, tooMany.status());
        assertEquals("application/problem+json", tooMany.header("content-type"));
        assertEquals(left + 3, count("createReservation", "left"));
        assertEquals(1, DB.count("SELECT count(*) FROM reservation"));
        assertLedgerMatchesStock();
    }

    @Test
    void aBodyInAnyUnusualFormIsLeftToTheControllersValidation() throws IOException {
        double answered = count("createReservation", "answered");
        String line = "{\"productId\":\"" + shoes + "\",\"quantity\":";
        List<String> unusual = List.of(
                "{\"orderId\":\"" + UUID.randomUUID() + "\",\"lines\":[" + line + "1.0}]}",
                "{\"orderId\":\"" + UUID.randomUUID() + "\",\"lines\":[" + line + "1}],\"note\":\"x\"}",
                "{\"orderId\":\"" + UUID.randomUUID() + "\",\"orderId\":\"" + UUID.randomUUID() + "\",\"lines\":[" + line + "1}]}",
                "{\"orderId\":\"" + UUID.randomUUID() + "\",\"lines\":[" + line + "1}],\"ttlSeconds\":null}",
                "{\"orderId\":\"" + UUID.randomUUID() + "\",\"lines\":[" + line + "1}],\"buyerReference\":\"a\\u0000b\"}",
                "{\"orderId\":\"" + UUID.randomUUID() + "\",\"lines\":[" + line + "0}]}",
                "{\"orderId\":\"" + UUID.randomUUID() + "\",\"lines\":[" + line + "1}]} []");
        for (String body : unusual) {
            Answer answer = create(UUID.randomUUID().toString(), body);
            if (answer.status() >= 400) {
                assertEquals("application/problem+json", answer.header("content-type"), body);
            }
        }
        Answer twoKeys = answerTo(RawHttp.request("POST", "/inventory/reservations", body(UUID.randomUUID(), 1), auth(),
                "Idempotency-Key: " + UUID.randomUUID() + "\r\n", "Idempotency-Key: " + UUID.randomUUID() + "\r\n"));
        assertTrue(twoKeys.status() == 201 || "application/problem+json".equals(twoKeys.header("content-type")));
        assertEquals(answered, count("createReservation", "answered"), "a key sent twice is the controller's to judge");
    }

    @Test
    void aReleaseThatEndsAReservationIsTheStagesAndARepeatTheControllers() throws IOException {
        // Two lines: the stage's answer (the reservation as the batch ended it) must be the controller's (as read).
        UUID socks = productWithStock(10);
        String twoLines = "{\"orderId\":\"" + UUID.randomUUID() + "\",\"lines\":["
                + "{\"productId\":\"" + socks + "\",\"quantity\":2},{\"productId\":\"" + shoes + "\",\"quantity\":3}]}";
        Map<String, Object> made = json.readValue(create(UUID.randomUUID().toString(), twoLines).body(), Map.class);
        String path = "/inventory/reservations/" + made.get("id") + "/release";
        double answered = count("releaseReservation", "answered");
        Answer released = release(path);
        assertEquals(200, released.status());
        assertEquals(answered + 1, count("releaseReservation", "answered"));
        assertEquals("RELEASED", json.readValue(released.body(), Map.class).get("status"));
        assertEquals(made.get("createdAt"), json.readValue(released.body(), Map.class).get("createdAt"));
        double left = count("releaseReservation", "left");
        Answer repeat = release(path);
        assertEquals(left + 1, count("releaseReservation", "left"));
        assertEquals(released.body(), repeat.body());
        assertEquals(withoutValues(repeat.headers()), withoutValues(released.headers()));
        assertEquals(20, stockApi.getStockLevel(shoes).body().getAvailableQuantity());
        double leftBefore = count("releaseReservation", "left");
        Answer madeUp = release("/inventory/reservations/" + UUID.randomUUID() + "/release");
        assertEquals(404, madeUp.status());
        assertEquals("application/problem+json", madeUp.header("content-type"));
        assertEquals(leftBefore + 1, count("releaseReservation", "left"), "a made-up id is the controller's at once");
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void aCommitmentIsTheStagesAndAnOverdueOnesRefusalTheControllers() throws IOException {
        Map<String, Object> made = json.readValue(create(UUID.randomUUID().toString(), body(UUID.randomUUID(), 4)).body(), Map.class);
        String path = "/inventory/reservations/" + made.get("id") + "/commitment";
        double answered = count("commitReservation", "answered");
        Answer committed = release(path);
        assertEquals(200, committed.status());
        assertEquals("COMMITTED", json.readValue(committed.body(), Map.class).get("status"));
        assertEquals(answered + 1, count("commitReservation", "answered"));
        assertEquals(committed.body(), release(path).body(), "a repeat answers the same, from the controller");
        assertEquals(16, stockApi.getStockLevel(shoes).body().getOnHand());

        Map<String, Object> overdue = json.readValue(create(UUID.randomUUID().toString(), body(UUID.randomUUID(), 2)).body(), Map.class);
        DB.execute("UPDATE reservation SET expires_at = now() - interval '1 second' WHERE id = '" + overdue.get("id") + "'");
        Answer refused = release("/inventory/reservations/" + overdue.get("id") + "/commitment");
        assertEquals(409, refused.status());
        assertEquals("RESERVATION_EXPIRED", problemIn(refused).getCode());
        assertEquals("EXPIRED", DB.text("SELECT status FROM reservation WHERE id = '" + overdue.get("id") + "'"));
        assertEquals(answered + 1, count("commitReservation", "answered"));
        assertEquals(16, stockApi.getStockLevel(shoes).body().getAvailableQuantity());
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderAcrossTheStageAndTheController() throws IOException {
        try (RawHttp http = raw()) {
            List<Answer> answers = http.send(createRequest(UUID.randomUUID().toString(), body(UUID.randomUUID(), 1)),
                    RawHttp.get("/inventory/" + shoes, auth()),
                    createRequest(UUID.randomUUID().toString(), body(UUID.randomUUID(), 1))).read(3);
            assertEquals(List.of(201, 200, 201), answers.stream().map(Answer::status).toList());
            // The read sees the write answered before it, and not the one after it (held until the read is answered).
            assertEquals(19, json.readValue(answers.get(1).body(), Map.class).get("availableQuantity"));
        }
        assertEquals(2, DB.count("SELECT count(*) FROM reservation WHERE status = 'ACTIVE'"));
    }

    private Answer create(String key, String body) throws IOException {
        return answerTo(createRequest(key, body));
    }

    private String createRequest(String key, String body) {
        return RawHttp.request("POST", "/inventory/reservations", body, auth(), "Idempotency-Key: " + key + "\r\n");
    }

    /** A POST without a body: a release or a commitment. */
    private Answer release(String path) throws IOException {
        return answerTo("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + auth() + "\r\n");
    }

    private String auth() {
        return "Authorization: Bearer " + userToken + "\r\n";
    }

    private String body(UUID orderId, int quantity) {
        return "{\"orderId\":\"" + orderId + "\",\"lines\":[{\"productId\":\"" + shoes + "\",\"quantity\":" + quantity + "}]}";
    }

    private static Set<String> withoutValues(Map<String, String> headers) {
        Set<String> names = new TreeSet<>(headers.keySet());
        names.remove("idempotent-replayed");
        return names;
    }

    private double count(String operation, String outcome) {
        Counter counter = registry.find("qeetmart.direct.writes").tags("operation", operation, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
