package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.api.model.Reservation;
import com.qeetmart.inventory.api.model.ReservationLine;
import com.qeetmart.inventory.api.model.ReservationRequest;
import com.qeetmart.inventory.api.model.StockCount;
import com.qeetmart.inventory.support.InventoryTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A reservation's commitment or release joins its first product's group-commit line, whichever
 * replica made it: remembered where it was made, read where it was not.
 */
@MicronautTest(transactional = false)
class ReservationRoutesTest extends InventoryTest {

    @Inject
    ReservationRoutes routes;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void anEndingGoesWithTheReservationsFirstProductWhereverTheReservationWasMade() {
        // Two ids whose order differs between Java (signed) and PostgreSQL (bytewise): the first
        // product is Java's, as the reservation's lines were sorted when it was made.
        UUID random = UUID.randomUUID();
        UUID one = catalog.add(new UUID(random.getMostSignificantBits() & Long.MAX_VALUE, random.getLeastSignificantBits()));
        UUID two = catalog.add(new UUID(random.getMostSignificantBits() | Long.MIN_VALUE, random.getLeastSignificantBits()));
        stock(one);
        stock(two);
        UUID first = two;   // negative most significant bits: first in Java's order, last in PostgreSQL's
        asUser();
        Reservation made = reservationsApi.createReservation(UUID.randomUUID().toString(), new ReservationRequest(
                UUID.randomUUID(), List.of(new ReservationLine(two, 1), new ReservationLine(one, 1)))).body();

        ReservationRoutes elsewhere = new ReservationRoutes(tx);   // a replica that did not make it
        assertEquals(first, elsewhere.productOf(made.getId()), "read from the reservation's lines");
        assertEquals(first, routes.productOf(made.getId()), "where it was made");
        assertEquals(first, routes.productOf(made.getId()), "and again, after its remembered route was used");

        UUID unknown = UUID.randomUUID();
        assertEquals(unknown, routes.productOf(unknown), "a reservation that does not exist goes by its id");
        assertEquals("RELEASED", reservationsApi.releaseReservation(made.getId()).body().getStatus().getValue());
    }

    private void stock(UUID product) {
        asAdmin();
        stockApi.setStockOnHand(product, new StockCount(10).reason("test stock"), null);
    }
}
