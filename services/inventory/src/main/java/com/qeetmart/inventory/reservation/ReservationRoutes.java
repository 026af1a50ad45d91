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
 * is remembered for the last {@value #REMEMBERED} reservations made here; for one made elsewhere
 * (another replica, before a restart) it is read, by the lines' primary key. A reservation that
 * does not exist goes by its own id: the ending will say it is not found.
 */
@Singleton
class ReservationRoutes {

    static final int REMEMBERED = 65_536;

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

    /** The reservation's first product (forgotten here: an ending is its last change). */
    UUID productOf(UUID reservation) {
        UUID known = firstProducts.remove(reservation);
        return known != null ? known : tx.executeRead(status -> read(status.getConnection(), reservation));
    }

    private static UUID read(Connection connection, UUID reservation) {
        try (PreparedStatement first = connection.prepareStatement(
                "SELECT product_id FROM reservation_line WHERE reservation_id = ? ORDER BY product_id LIMIT 1")) {
            first.setObject(1, reservation);
            try (ResultSet rs = first.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : reservation;
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not read reservation " + reservation + "'s products: " + e.getMessage(), e);
        }
    }
}
