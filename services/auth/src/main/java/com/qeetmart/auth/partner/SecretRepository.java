package com.qeetmart.auth.partner;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SecretRepository extends GenericRepository<SecretRow, byte[]> {

    @Query("INSERT INTO application_secret (secret_hash, application_id, created_at) VALUES (:secretHash, :applicationId, :now)")
    void insert(byte[] secretHash, UUID applicationId, Instant now);

    /** The application's secrets still accepted at {@code now}, newest first. */
    @Query("""
            SELECT * FROM application_secret
             WHERE application_id = :applicationId AND (expires_at IS NULL OR expires_at > :now)
             ORDER BY created_at DESC""")
    List<SecretRow> validOf(UUID applicationId, Instant now);

    /** Whether the secret is one of the application's, accepted at {@code now}. */
    @Query("""
            SELECT count(*) > 0 FROM application_secret
             WHERE secret_hash = :secretHash AND application_id = :applicationId
               AND (expires_at IS NULL OR expires_at > :now)""")
    boolean accepts(byte[] secretHash, UUID applicationId, Instant now);

    /** Gives every secret without an end (or a later one) the end {@code at}: a rotation's overlap. */
    @Query("""
            UPDATE application_secret SET expires_at = :at
             WHERE application_id = :applicationId AND (expires_at IS NULL OR expires_at > :at)""")
    void endBy(UUID applicationId, Instant at);

    /** Forgets secrets past their end. */
    @Query("DELETE FROM application_secret WHERE application_id = :applicationId AND expires_at <= :now")
    void forgetEnded(UUID applicationId, Instant now);
}
