package com.qeetmart.users.preferences;

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
interface PreferencesRepository extends GenericRepository<PreferencesRow, UUID> {

    Optional<PreferencesRow> findById(UUID userId);

    @Query("""
            INSERT INTO preferences (user_id, language, currency, marketing_opt_in, notification_channels, updated_at)
            VALUES (:userId, :language, :currency, :marketingOptIn, :channels, :now)
            ON CONFLICT (user_id) DO UPDATE SET language = EXCLUDED.language, currency = EXCLUDED.currency,
                marketing_opt_in = EXCLUDED.marketing_opt_in,
                notification_channels = EXCLUDED.notification_channels, updated_at = EXCLUDED.updated_at""")
    void upsert(UUID userId, String language, String currency, boolean marketingOptIn,
                @TypeDef(type = DataType.STRING_ARRAY) String[] channels, Instant now);
}
