package com.qeetmart.auth.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRepository extends GenericRepository<SessionRow, UUID> {

    @Query("""
            INSERT INTO refresh_token (token_hash, session_id, issued_at, expires_at)
            VALUES (:tokenHash, :sessionId, :now, :expiresAt)""")
    void insert(byte[] tokenHash, UUID sessionId, Instant now, Instant expiresAt);

    /**
     * Uses the token up if it is unused and unexpired, atomically: of two racing refreshes with
     * the same token exactly one gets the session id back.
     */
    @Query("""
            UPDATE refresh_token SET used_at = :now
             WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > :now
            RETURNING session_id""")
    List<UUID> useUp(byte[] tokenHash, Instant now);

    /** The session of a token that was already used up. */
    @Query("SELECT session_id FROM refresh_token WHERE token_hash = :tokenHash AND used_at IS NOT NULL")
    Optional<UUID> sessionOfUsed(byte[] tokenHash);
}
