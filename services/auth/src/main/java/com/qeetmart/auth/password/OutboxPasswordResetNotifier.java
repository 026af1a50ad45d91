package com.qeetmart.auth.password;

import io.micronaut.context.annotation.Secondary;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The default notifier: writes the message to {@code outbox_message} in the caller's transaction
 * (a mailer delivers it from there) and logs that it did, never the token itself.
 */
@Singleton
@Secondary
class OutboxPasswordResetNotifier implements PasswordResetNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPasswordResetNotifier.class);

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Outbox extends GenericRepository<PasswordResetRow, byte[]> {
        @Query("""
                INSERT INTO outbox_message (id, kind, recipient, payload, created_at)
                VALUES (:id, 'password-reset', :recipient, CAST(:payload AS jsonb), :now)""")
        void insert(UUID id, String recipient, String payload, Instant now);
    }

    private final Outbox outbox;
    private final JsonMapper json;

    OutboxPasswordResetNotifier(Outbox outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    @Override
    public void send(String email, String token, Instant expiresAt) {
        UUID id = UUID.randomUUID();
        try {
            outbox.insert(id, email, json.writeValueAsString(Map.of("token", token, "expiresAt", expiresAt.toString())),
                    Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Password reset message {} queued in the outbox", id);
    }
}
