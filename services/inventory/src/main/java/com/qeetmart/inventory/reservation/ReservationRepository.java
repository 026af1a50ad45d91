package com.qeetmart.inventory.reservation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReservationRepository extends GenericRepository<ReservationRow, UUID> {

    @Query("SELECT * FROM reservation WHERE id = :id FOR UPDATE")
    Optional<ReservationRow> lock(UUID id);

    @Query("SELECT * FROM reservation WHERE order_id = :orderId AND status = 'ACTIVE' FOR UPDATE")
    Optional<ReservationRow> lockLiveOfOrder(UUID orderId);


    @Query("SELECT * FROM reservation_line WHERE reservation_id = :reservationId ORDER BY product_id")
    List<LineRow> linesOf(UUID reservationId);

    @Query("SELECT * FROM reservation_line WHERE reservation_id IN (:reservationIds) ORDER BY product_id")
    List<LineRow> linesOfAll(List<UUID> reservationIds);

    /** Moves an ACTIVE reservation to another status; 0 rows when it was not ACTIVE (already done). */
    @Query("UPDATE reservation SET status = :status, updated_at = :now WHERE id = :id AND status = 'ACTIVE'")
    long finish(UUID id, ReservationState status, Instant now);

    @Query("UPDATE reservation SET status = 'EXPIRED', updated_at = :now WHERE id IN (:ids) AND status = 'ACTIVE'")
    long expireAll(List<UUID> ids, Instant now);

    @Query("UPDATE reservation SET expires_at = :expiresAt, updated_at = :now WHERE id = :id AND status = 'ACTIVE'")
    long extend(UUID id, Instant expiresAt, Instant now);

    /** Locks up to {@code limit} due reservations that no other sweeper holds. */
    @Query("""
            SELECT id FROM reservation WHERE status = 'ACTIVE' AND expires_at <= :now
             ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<UUID> lockDue(Instant now, int limit);

    /** The same, among those that hold any of these products. */
    @Query("""
            SELECT r.id FROM reservation r WHERE r.status = 'ACTIVE' AND r.expires_at <= :now
               AND EXISTS (SELECT 1 FROM reservation_line l WHERE l.reservation_id = r.id AND l.product_id IN (:productIds))
             ORDER BY r.expires_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<UUID> lockDueHolding(List<UUID> productIds, Instant now, int limit);

    /**
     * Units of a product the caller holds for a buyer (null: its own) in live reservations (the
     * hold limit's count): its kept count (V6) less what is overdue, at a cost that does not grow
     * with what the caller holds.
     */
    @Query("""
            SELECT coalesce((SELECT h.units FROM hold_units h WHERE h.caller = :caller
                               AND h.buyer = coalesce(CAST(:buyer AS text), '') AND h.product_id = :productId), 0)
                   - overdue_units(:caller, coalesce(CAST(:buyer AS text), ''), :productId, :now, '{}')""")
    int unitsHeld(UUID caller, @io.micronaut.core.annotation.Nullable String buyer, UUID productId, Instant now);

    /** A use of an Idempotency-Key: the request it was used for and the reservation it made. */
    @io.micronaut.data.annotation.MappedEntity("idempotency_key")
    record KeyUse(@io.micronaut.data.annotation.Id UUID reservationId, byte[] requestHash) {
    }

    @Query("SELECT reservation_id, request_hash FROM idempotency_key WHERE caller = :caller AND key = :key")
    Optional<KeyUse> keyUse(UUID caller, String key);
}
