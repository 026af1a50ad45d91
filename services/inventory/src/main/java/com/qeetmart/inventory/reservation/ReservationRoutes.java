package com.qeetmart.inventory.reservation;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The product whose group-commit line ({@link GroupCommit}) a reservation's commitment or release
 * joins: its first, as its making did, so a hot product's endings batch with each other and with
 * its new reservations instead of each locking the product's stock row in a batch of its own. It
 * is remembered for the last {@value #REMEMBERED} reservations made here (about 2 MB; forgotten
 * when the reservation ends); for one made elsewhere, or longer ago (another replica, before a
 * restart, a sale of more than that in flight), it is read, by the lines' primary key. A reservation that
 * does not exist goes by its own id: the ending will say it is not found.
 */
@Singleton
class ReservationRoutes {

    static final int REMEMBERED = 16_384;

    private final TransactionOperations<Connection> tx;
    private final Map<UUID, UUID> firstProducts = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, UUID> eldest) {
            return size() > REMEMBERED;
        }
    });

    ReservationRoutes(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    void remember(UUID reservation, UUID firstProduct) {
        firstProducts.put(reservation, firstProduct);
    }

    /** The reservation's first product if it is remembered here (and forgotten now), else null. */
    UUID knownProductOf(UUID reservation) {
        return firstProducts.remove(reservation);
    }

    /** The reservation's first product (forgotten here: an ending is its last change). */
    UUID productOf(UUID reservation) {
        UUID known = knownProductOf(reservation);
        return known != null ? known : tx.executeRead(status -> read(status.getConnection(), reservation));
    }

    // The first in the order its lines were sorted when it was made (ReservationService: Java's UUID
    // order, which is not PostgreSQL's: an ORDER BY product_id would name another product).
    private static UUID read(Connection connection, UUID reservation) {
        try (PreparedStatement lines = connection.prepareStatement(
                "SELECT product_id FROM reservation_line WHERE reservation_id = ?")) {
            lines.setObject(1, reservation);
            UUID first = null;
            try (ResultSet rs = lines.executeQuery()) {
                while (rs.next()) {
                    UUID product = rs.getObject(1, UUID.class);
                    first = first == null || product.compareTo(first) < 0 ? product : first;
                }
            }
            return first != null ? first : reservation;
        } catch (SQLException e) {
            throw new DataAccessException("Could not read reservation " + reservation + "'s products: " + e.getMessage(), e);
        }
    }
}
