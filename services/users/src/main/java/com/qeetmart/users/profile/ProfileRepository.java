package com.qeetmart.users.profile;

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
public interface ProfileRepository extends GenericRepository<ProfileRow, UUID> {

    Optional<ProfileRow> findById(UUID id);

    /** Locks the profile row: address-book changes of one user run one at a time. */
    @Query("SELECT id FROM profile WHERE id = :id FOR UPDATE")
    List<UUID> lock(UUID id);

    @Query("""
            INSERT INTO profile (id, email, name, phone, version, created_at, updated_at)
            VALUES (:id, :email, :name, :phone, 1, :now, :now) ON CONFLICT (id) DO NOTHING""")
    long insertIfAbsent(UUID id, String email, @Nullable String name, @Nullable String phone, Instant now);

    @Query("""
            UPDATE profile SET email = :email, name = :name, phone = :phone, version = version + 1, updated_at = :now
             WHERE id = :id AND version = :version""")
    long updateIfVersion(UUID id, long version, String email, @Nullable String name, @Nullable String phone,
                         Instant now);

    @Query("DELETE FROM profile WHERE id = :id")
    long erase(UUID id);

    String FILTER = """
             WHERE (CAST(:email AS text) IS NULL OR lower(email) LIKE '%' || lower(CAST(:email AS text)) || '%' ESCAPE '\\')
               AND (CAST(:name AS text) IS NULL OR lower(name) LIKE '%' || lower(CAST(:name AS text)) || '%' ESCAPE '\\')""";

    @Query("SELECT * FROM profile " + FILTER + " ORDER BY lower(email), id LIMIT :limit OFFSET :offset")
    List<ProfileRow> findPage(@Nullable String email, @Nullable String name, int limit, long offset);

    @Query("SELECT count(*) FROM profile " + FILTER)
    long countMatching(@Nullable String email, @Nullable String name);
}
