package com.qeetmart.platform.events.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;

/**
 * Where a change's event is written: in the change's own transaction (there must be one), so an
 * acknowledged write always has its event and a rolled-back one never does. Nothing is published
 * from here; the relay reads what committed.
 */
@Singleton
@Requires(classes = TransactionOperations.class)
public class Outbox {

    private static final TransactionDefinition MANDATORY =
            TransactionDefinition.of(TransactionDefinition.Propagation.MANDATORY);

    private final TransactionOperations<Connection> tx;
    private final JsonMapper json;

    Outbox(TransactionOperations<Connection> tx, JsonMapper json) {
        this.tx = tx;
        this.json = json;
    }

    /** Writes the event in the current transaction; fails when there is none. Returns its id. */
    public UUID append(EventDraft event) {
        UUID id = UUID.randomUUID();
        String data = serialize(event.data());
        tx.execute(MANDATORY, status -> {
            try (PreparedStatement insert = status.getConnection().prepareStatement("INSERT INTO event_outbox"
                    + " (id, type, resource_id, sequence, owner_id, occurred_at, data) VALUES (?, ?, ?, ?, ?, ?, ?::json)")) {
                insert.setObject(1, id);
                insert.setString(2, event.type());
                insert.setObject(3, event.resourceId());
                insert.setLong(4, event.sequence());
                insert.setObject(5, event.ownerId());
                insert.setTimestamp(6, Timestamp.from(event.occurredAt()));
                insert.setString(7, data);
                return insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not write event " + event.type() + ": " + e.getMessage(), e);
            }
        });
        return id;
    }

    private String serialize(Object data) {
        try {
            return new String(json.writeValueAsBytes(data), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serialize an event's data", e);
        }
    }
}
