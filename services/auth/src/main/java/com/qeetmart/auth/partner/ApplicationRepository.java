package com.qeetmart.auth.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApplicationRepository extends GenericRepository<ApplicationRow, UUID> {

    @Query("""
            INSERT INTO application (id, name, scopes, allowed_addresses, requests_per_minute, live_reservations,
                                     units_per_product, session_id, created_at, updated_at)
            VALUES (:id, :name, :scopes, :allowedAddresses, :requestsPerMinute, :liveReservations, :unitsPerProduct,
                    :sessionId, :now, :now)""")
    void insert(UUID id, String name, String[] scopes, String[] allowedAddresses, @Nullable Integer requestsPerMinute,
                @Nullable Integer liveReservations, @Nullable Integer unitsPerProduct, UUID sessionId, Instant now);

    @Query("SELECT * FROM application WHERE id = :id")
    Optional<ApplicationRow> find(UUID id);

    /** The application, locked until the transaction ends (a change and a token grant wait for each other). */
    @Query("SELECT * FROM application WHERE id = :id FOR UPDATE")
    Optional<ApplicationRow> lock(UUID id);

    @Query("SELECT * FROM application ORDER BY created_at, id")
    List<ApplicationRow> all();

    @Query("""
            UPDATE application SET name = :name, scopes = :scopes, allowed_addresses = :allowedAddresses,
                   requests_per_minute = :requestsPerMinute, live_reservations = :liveReservations,
                   units_per_product = :unitsPerProduct, session_id = :sessionId, updated_at = :now
             WHERE id = :id""")
    void update(UUID id, String name, String[] scopes, String[] allowedAddresses, @Nullable Integer requestsPerMinute,
                @Nullable Integer liveReservations, @Nullable Integer unitsPerProduct, UUID sessionId, Instant now);

    @Query("DELETE FROM application WHERE id = :id")
    long delete(UUID id);
}
