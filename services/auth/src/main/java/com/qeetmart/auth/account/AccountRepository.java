package com.qeetmart.auth.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccountRepository extends GenericRepository<AccountRow, UUID> {

    Optional<AccountRow> findById(UUID id);

    /** The account of an email as anyone spells it ({@link Emails#canonical}). */
    default Optional<AccountRow> findByEmail(String email) {
        return findByCanonicalEmail(Emails.canonical(email));
    }

    @Query("SELECT * FROM account WHERE email = :canonicalEmail")
    Optional<AccountRow> findByCanonicalEmail(String canonicalEmail);

    /** Inserts unless the (canonical) email is taken; 0 rows means it was. */
    @Query("""
            INSERT INTO account (id, email, password_hash, roles, created_at, updated_at)
            VALUES (:id, :canonicalEmail, :passwordHash, :roles, :now, :now)
            ON CONFLICT (email) DO NOTHING""")
    long insertUnlessTaken(UUID id, String canonicalEmail, String passwordHash,
                           @TypeDef(type = DataType.STRING_ARRAY) String[] roles, Instant now);

    @Query("UPDATE account SET password_hash = :passwordHash, updated_at = :now WHERE id = :id")
    long updatePassword(UUID id, String passwordHash, Instant now);

    @Query("""
            UPDATE account SET roles = (SELECT array_agg(DISTINCT r ORDER BY r) FROM unnest(roles || CAST(:role AS text)) r),
                   updated_at = :now
             WHERE id = :id""")
    long addRole(UUID id, String role, Instant now);

    @Query("UPDATE account SET roles = array_remove(roles, CAST(:role AS text)), updated_at = :now WHERE id = :id")
    long removeRole(UUID id, String role, Instant now);
}
