package com.qeetmart.auth.password;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PasswordResetRepository extends GenericRepository<PasswordResetRow, byte[]> {

    @Query("""
            INSERT INTO password_reset (token_hash, account_id, created_at, expires_at)
            VALUES (:tokenHash, :accountId, :now, :expiresAt)""")
    void insert(byte[] tokenHash, UUID accountId, Instant now, Instant expiresAt);

    /** Uses the token up if it is unused and unexpired; only one caller ever gets the account. */
    @Query("""
            UPDATE password_reset SET used_at = :now
             WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > :now
            RETURNING account_id""")
    List<UUID> useUp(byte[] tokenHash, Instant now);
}
