package com.qeetmart.users.address;

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
interface AddressRepository extends GenericRepository<AddressRow, UUID> {

    @Query("SELECT * FROM address WHERE user_id = :userId ORDER BY is_default DESC, created_at DESC, id")
    List<AddressRow> findAllOf(UUID userId);

    @Query("SELECT * FROM address WHERE user_id = :userId AND id = :id")
    Optional<AddressRow> findOf(UUID userId, UUID id);

    @Query("SELECT count(*) FROM address WHERE user_id = :userId")
    long countOf(UUID userId);

    @Query("""
            INSERT INTO address (id, user_id, label, recipient_name, line1, line2, city, region, postal_code,
                                 country_code, phone, is_default, version, created_at, updated_at)
            VALUES (:id, :userId, :label, :recipientName, :line1, :line2, :city, :region, :postalCode,
                    :countryCode, :phone, :isDefault, 1, :now, :now)""")
    void insert(UUID id, UUID userId, @Nullable String label, String recipientName, String line1,
                @Nullable String line2, String city, @Nullable String region, String postalCode, String countryCode,
                @Nullable String phone, boolean isDefault, Instant now);

    @Query("""
            UPDATE address SET label = :label, recipient_name = :recipientName, line1 = :line1, line2 = :line2,
                   city = :city, region = :region, postal_code = :postalCode, country_code = :countryCode,
                   phone = :phone, is_default = :isDefault, version = version + 1, updated_at = :now
             WHERE id = :id AND user_id = :userId AND version = :version""")
    long updateIfVersion(UUID userId, UUID id, long version, @Nullable String label, String recipientName,
                         String line1, @Nullable String line2, String city, @Nullable String region,
                         String postalCode, String countryCode, @Nullable String phone, boolean isDefault,
                         Instant now);

    /** Takes the default away from whichever address has it (before another gets it). */
    @Query("""
            UPDATE address SET is_default = false, version = version + 1, updated_at = :now
             WHERE user_id = :userId AND is_default""")
    long clearDefault(UUID userId, Instant now);

    /** Makes the most recently created address the default. */
    @Query("""
            UPDATE address SET is_default = true, version = version + 1, updated_at = :now
             WHERE id = (SELECT id FROM address WHERE user_id = :userId ORDER BY created_at DESC, id LIMIT 1)""")
    long promoteNewest(UUID userId, Instant now);

    @Query("DELETE FROM address WHERE user_id = :userId AND id = :id")
    long delete(UUID userId, UUID id);
}
