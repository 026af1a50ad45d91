package com.qeetmart.auth.token;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SigningKeyRepository extends GenericRepository<SigningKeyRow, String> {

    @Query("SELECT * FROM signing_key WHERE unpublished_at IS NULL ORDER BY created_at DESC")
    List<SigningKeyRow> findPublished();

    @Query("INSERT INTO signing_key (kid, private_key_pem, created_at, signs_from)"
            + " VALUES (:kid, :privateKeyPem, :createdAt, :signsFrom) ON CONFLICT (kid) DO NOTHING")
    void insert(String kid, String privateKeyPem, Instant createdAt, Instant signsFrom);

    @Query("UPDATE signing_key SET unpublished_at = :at WHERE kid = :kid AND unpublished_at IS NULL")
    int unpublish(String kid, Instant at);

    /** Serialises key changes across replicas until the transaction ends (two replicas never both rotate). */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(7201764251)) AS locked")
    int lockKeyChanges();
}
