package com.qeetmart.auth.session;

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
interface SessionRepository extends GenericRepository<SessionRow, UUID> {

    @Query("""
            INSERT INTO session (id, account_id, user_agent, ip_address, created_at, last_used_at)
            VALUES (:id, :accountId, :userAgent, :ipAddress, :now, :now)""")
    void insert(UUID id, UUID accountId, @Nullable String userAgent, @Nullable String ipAddress, Instant now);

    @Query("""
            INSERT INTO session (id, application_id, created_at, last_used_at)
            VALUES (:id, :applicationId, :now, :now)""")
    void insertForApplication(UUID id, UUID applicationId, Instant now);

    /** Ends an application's session (its tokens stop); answers how many were live. */
    @Query("""
            UPDATE session SET ended_at = :now, end_reason = :reason
             WHERE id = :id AND application_id = :applicationId AND ended_at IS NULL""")
    long endOfApplication(UUID applicationId, UUID id, String reason, Instant now);

    @Query("SELECT * FROM session WHERE id = :id AND ended_at IS NULL")
    Optional<SessionRow> findLive(UUID id);

    @Query("SELECT * FROM session WHERE account_id = :accountId AND ended_at IS NULL ORDER BY created_at DESC")
    List<SessionRow> findLiveOf(UUID accountId);

    @Query("UPDATE session SET last_used_at = :now WHERE id = :id")
    void touch(UUID id, Instant now);

    @Query("""
            UPDATE session SET ended_at = :now, end_reason = :reason
             WHERE id = :id AND account_id = :accountId AND ended_at IS NULL""")
    long end(UUID accountId, UUID id, String reason, Instant now);

    /** Ends every live session of the account except {@code keep} (null keeps none); answers those ended. */
    @Query("""
            UPDATE session SET ended_at = :now, end_reason = :reason
             WHERE account_id = :accountId AND ended_at IS NULL AND id IS DISTINCT FROM :keep
            RETURNING id""")
    List<UUID> endAllOf(UUID accountId, @Nullable UUID keep, String reason, Instant now);

    /**
     * Ends the account's live sessions beyond its newest {@code keep}, oldest first; answers those
     * ended. Reads at most {@code keep} + the excess entries of the live-session index.
     */
    @Query("""
            UPDATE session SET ended_at = :now, end_reason = :reason
             WHERE id IN (SELECT id FROM session WHERE account_id = :accountId AND ended_at IS NULL
                          ORDER BY created_at DESC, id DESC OFFSET :keep)
            RETURNING id""")
    List<UUID> endBeyond(UUID accountId, int keep, String reason, Instant now);

    /**
     * The sessions ended after the cursor ({@code from}, {@code after}): at {@code from} with a
     * greater id, or later; oldest first, ties by id (the revocation feed). The id breaks ties, so
     * a page of sessions ended at one instant is never read twice.
     */
    @Query("""
            SELECT * FROM session WHERE ended_at IS NOT NULL AND (ended_at, id) > (:from, :after)
             ORDER BY ended_at, id LIMIT :limit""")
    List<SessionRow> endedAfter(Instant from, UUID after, int limit);
}
