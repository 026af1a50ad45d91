package com.qeetmart.inventory.reservation;

import com.qeetmart.platform.persistence.OneStatementReads;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A reservation with its lines, as its owner sees it, in one statement: what every answer about
 * a reservation ends with (get, and after a release, commit, extend or replay). Through the
 * repository it was a read-only transaction around two queries (BEGIN, the row, its lines,
 * COMMIT: four round trips) for each of those answers. One statement reads one snapshot, so the
 * row and its lines agree without a transaction ({@link OneStatementReads}); it runs after the
 * write it reports has committed, so it never reads older than that write.
 */
@Singleton
class ReservationViews {

    /** What was read: the reservation as its owner sees it, and who made it (who may see it). */
    record View(ReservationData reservation, UUID createdBy) {
    }

    private static final String SQL = """
            SELECT r.id, r.order_id, r.status, r.created_by, r.expires_at, r.created_at, r.buyer_reference,
                   l.products, l.quantities
              FROM reservation r
                   CROSS JOIN LATERAL (SELECT array_agg(y.product_id ORDER BY y.product_id) AS products,
                                              array_agg(y.quantity ORDER BY y.product_id) AS quantities
                                         FROM reservation_line y WHERE y.reservation_id = r.id) l
             WHERE r.id = ?""";

    private final OneStatementReads reads;

    ReservationViews(OneStatementReads reads) {
        this.reads = reads;
    }

    Optional<View> find(UUID id) {
        return reads.find(SQL, id, ReservationViews::viewOf);
    }

    private static View viewOf(ResultSet row) throws SQLException {
        ReservationData reservation = new ReservationData(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                ReservationState.valueOf(row.getString(3)), lines(row.getArray(8), row.getArray(9)),
                row.getObject(5, OffsetDateTime.class).toInstant(), row.getObject(6, OffsetDateTime.class).toInstant(),
                row.getString(7));
        return new View(reservation, row.getObject(4, UUID.class));
    }

    private static List<Line> lines(Array products, Array quantities) throws SQLException {
        if (products == null) {
            return List.of();
        }
        Object[] ids = (Object[]) products.getArray();
        Object[] counts = (Object[]) quantities.getArray();
        List<Line> lines = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            lines.add(new Line((UUID) ids[i], ((Number) counts[i]).intValue()));
        }
        return List.copyOf(lines);
    }
}
