package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.api.model.Reservation;
import com.qeetmart.inventory.support.InventoryTest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A group commit makes and ends many reservations in one statement: each still gets its own
 * event, sequence 1 when made and 2 when ended, its data the reservation as its GET shows it
 * (lines in product order, the buyer's reference when it has one); a change that leaves the
 * status as it was (an extension, a touch of an ended one) writes none.
 */
@MicronautTest(transactional = false)
class BatchEventsTest extends InventoryTest {

    @Inject
    StockBatchSql batches;

    @Test
    void everyReservationOfABatchHasItsOwnEventsAsItsGetShowsIt() throws Exception {
        UUID first = productWithStock(50);
        UUID second = productWithStock(50);
        List<UUID> products = new ArrayList<>(List.of(first, second));
        products.sort(Comparator.naturalOrder());
        Holder person = new Holder(UUID.randomUUID(), null, 5, 10);
        Holder application = new Holder(UUID.randomUUID(), "buyer-7", 5, 10);
        StockOp twoLines = reserve(person, List.of(new Line(products.get(0), 2), new Line(products.get(1), 1)));
        StockOp forABuyer = reserve(application, List.of(new Line(first, 3)));
        StockOp kept = reserve(person, List.of(new Line(second, 1)));

        assertEquals(List.of("RESERVED", "RESERVED", "RESERVED"), outcomes(List.of(twoLines, forABuyer, kept)));
        Instant now = Instant.now();
        assertEquals(List.of("RELEASED", "COMMITTED"), outcomes(List.of(
                StockOp.end(StockOp.Kind.RELEASE, twoLines.id(), person.caller(), false, now),
                StockOp.end(StockOp.Kind.COMMIT, forABuyer.id(), application.caller(), false, now))));
        DB.execute("UPDATE reservation SET expires_at = expires_at + interval '1 minute' WHERE id = '" + kept.id() + "'");
        DB.execute("UPDATE reservation SET updated_at = now() WHERE id = '" + twoLines.id() + "'");

        assertEquals(5, DB.count("SELECT count(*) FROM event_outbox WHERE type LIKE 'reservation.%'"),
                "three made, two ended, none for the extension or for touching an ended one");
        asAdmin();
        assertEventIsItsGet(twoLines.id(), "reservation.created", 1, "ACTIVE");
        assertEventIsItsGet(twoLines.id(), "reservation.released", 2, "RELEASED");
        assertEventIsItsGet(forABuyer.id(), "reservation.created", 1, "ACTIVE");
        assertEventIsItsGet(forABuyer.id(), "reservation.committed", 2, "COMMITTED");
        assertEventIsItsGet(kept.id(), "reservation.created", 1, "ACTIVE");
    }

    private void assertEventIsItsGet(UUID id, String type, long sequence, String status) throws IOException {
        String where = " FROM event_outbox WHERE resource_id = '" + id + "' AND type = '" + type + "'";
        assertEquals(sequence, DB.count("SELECT sequence" + where), type + "'s sequence");
        JsonNode data = json.readValue(DB.text("SELECT data::text" + where), JsonNode.class);
        Reservation get = reservationsApi.getReservation(id).body();
        assertEquals(get.getId().toString(), data.get("id").getStringValue());
        assertEquals(get.getOrderId().toString(), data.get("orderId").getStringValue());
        assertEquals(status, data.get("status").getStringValue());
        assertEquals(get.getLines().size(), data.get("lines").size());
        for (int i = 0; i < get.getLines().size(); i++) {
            assertEquals(get.getLines().get(i).getProductId().toString(), data.get("lines").get(i).get("productId").getStringValue());
            assertEquals(get.getLines().get(i).getQuantity(), data.get("lines").get(i).get("quantity").getIntValue());
        }
        assertEquals(get.getCreatedAt().toInstant(), Instant.parse(data.get("createdAt").getStringValue()));
        if (type.endsWith("created")) { // the extension came after the event: the GET shows the new expiry
            assertTrue(!Instant.parse(data.get("expiresAt").getStringValue()).isAfter(get.getExpiresAt().toInstant()));
        } else {
            assertEquals(get.getExpiresAt().toInstant(), Instant.parse(data.get("expiresAt").getStringValue()));
        }
        if (get.getBuyerReference() == null) {
            assertNull(data.get("buyerReference"), "no buyer, no field");
        } else {
            assertEquals(get.getBuyerReference(), data.get("buyerReference").getStringValue());
        }
    }

    private List<String> outcomes(List<StockOp> ops) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DB.url(), "postgres", "")) {
            return batches.runOn(connection, ops, false).stream().map(StockOutcome::outcome).toList();
        }
    }

    private static StockOp reserve(Holder holder, List<Line> sortedLines) {
        Instant now = Instant.now();
        return StockOp.reserve(UUID.randomUUID(), UUID.randomUUID(), holder, UUID.randomUUID().toString(),
                new byte[]{1}, sortedLines, now.plusSeconds(600), now);
    }
}
