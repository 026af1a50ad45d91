package com.qeetmart.inventory.stock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stock rows and the ledger. Every change of on_hand or reserved is a conditional UPDATE that
 * returns the new version (no row: the condition did not hold), made together with a ledger row.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StockRepository extends GenericRepository<StockRow, UUID> {

    Optional<StockRow> findById(UUID productId);

    @Query("SELECT * FROM stock WHERE product_id IN (:productIds)")
    List<StockRow> findAllById(List<UUID> productIds);

    @Query("SELECT * FROM stock WHERE product_id = :productId FOR UPDATE")
    Optional<StockRow> lock(UUID productId);

    @Query("INSERT INTO stock (product_id, on_hand, reserved, version, updated_at) VALUES (:productId, 0, 0, 1, :now)"
            + " ON CONFLICT (product_id) DO NOTHING")
    void insertIfAbsent(UUID productId, Instant now);

    /** Units of ACTIVE reservations past their expiry (not yet released), per product that has any. */
    @Query("""
            SELECT l.product_id, sum(l.quantity) AS quantity FROM reservation r
              JOIN reservation_line l ON l.reservation_id = r.id
             WHERE r.status = 'ACTIVE' AND r.expires_at <= :now AND l.product_id IN (:productIds)
             GROUP BY l.product_id""")
    List<ProductQuantity> expiredUnreleasedOf(List<UUID> productIds, Instant now);

    /** When each product's next live reservation expires, per product that has one. */
    @Query("""
            SELECT l.product_id, min(r.expires_at) AS at FROM reservation r
              JOIN reservation_line l ON l.reservation_id = r.id
             WHERE r.status = 'ACTIVE' AND r.expires_at > :now AND l.product_id IN (:productIds)
             GROUP BY l.product_id""")
    List<ProductInstant> nextExpiryOf(List<UUID> productIds, Instant now);

    @io.micronaut.core.annotation.Introspected
    record ProductQuantity(UUID productId, long quantity) {
    }

    @io.micronaut.core.annotation.Introspected
    record ProductInstant(UUID productId, Instant at) {
    }

    @Query("""
            UPDATE stock SET reserved = reserved - :quantity, version = version + 1, updated_at = :now
             WHERE product_id = :productId RETURNING version""")
    List<Long> unreserve(UUID productId, int quantity, Instant now);

    @Query("""
            UPDATE stock SET on_hand = on_hand - :quantity, reserved = reserved - :quantity,
                   version = version + 1, updated_at = :now
             WHERE product_id = :productId RETURNING version""")
    List<Long> consume(UUID productId, int quantity, Instant now);

    @Query("""
            UPDATE stock SET on_hand = on_hand + :delta, version = version + 1, updated_at = :now
             WHERE product_id = :productId AND on_hand + :delta >= reserved RETURNING version""")
    List<Long> addOnHand(UUID productId, int delta, Instant now);

    @Query("""
            INSERT INTO stock_ledger (product_id, on_hand_delta, reserved_delta, reason, reservation_id, created_at)
            VALUES (:productId, :onHandDelta, :reservedDelta, :reason, :reservationId, :now)""")
    void ledger(UUID productId, int onHandDelta, int reservedDelta, String reason, @Nullable UUID reservationId,
                Instant now);

    /** Products with more units reserved than on hand, or negative counts (the oversell alarm; must be 0). */
    @Query("SELECT count(*) FROM stock WHERE reserved > on_hand OR reserved < 0 OR on_hand < 0")
    long countOversold();
}
