package com.qeetmart.auth.token;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SigningKeyRepository extends GenericRepository<SigningKeyRow, String> {

    @Query("SELECT * FROM signing_key WHERE retired_at IS NULL ORDER BY created_at DESC")
    List<SigningKeyRow> findPublished();

    @Query("INSERT INTO signing_key (kid, private_key_pem, created_at) VALUES (:kid, :privateKeyPem, :createdAt)"
            + " ON CONFLICT (kid) DO NOTHING")
    void insert(String kid, String privateKeyPem, Instant createdAt);
}
