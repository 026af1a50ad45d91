package com.qeetmart.platform.idempotency;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The kept answers of idempotent writes (table {@code idempotent_write}), always on the
 * connection of the write's own transaction, so that an answer is kept exactly when its write is.
 */
@Singleton
@Requires(classes = TransactionOperations.class)
class IdempotentWrites {

    /** Whose key, for which operation, and the fingerprint of the request it was first sent with. */
    record Claim(String caller, String operation, String key, byte[] requestHash) {
    }

    /**
     * Takes the key for this request. Waits while another transaction holds the same key, and is
     * false once that one has kept its answer.
     */
    boolean claim(Connection connection, Claim claim) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotent_write"
                + " (caller, operation, key, request_hash) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            bind(insert, claim).setBytes(4, claim.requestHash());
            return insert.executeUpdate() == 1;
        }
    }

    void keep(Connection connection, Claim claim, KeptAnswer answer) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE idempotent_write SET status = ?, headers = ?,"
                + " body = ? WHERE caller = ? AND operation = ? AND key = ?")) {
            update.setInt(1, answer.status());
            update.setString(2, answer.headers());
            update.setString(3, answer.body());
            update.setString(4, claim.caller());
            update.setString(5, claim.operation());
            update.setString(6, claim.key());
            update.executeUpdate();
        }
    }

    Optional<KeptAnswer> find(Connection connection, Claim claim) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT request_hash, status, headers, body"
                + " FROM idempotent_write WHERE caller = ? AND operation = ? AND key = ?")) {
            try (ResultSet row = bind(select, claim).executeQuery()) {
                return row.next()
                        ? Optional.of(new KeptAnswer(row.getBytes(1), row.getInt(2), row.getString(3), row.getString(4)))
                        : Optional.empty();
            }
        }
    }

    /** Forgets the answers kept longer than {@code hours}: a key may then be used again. */
    int forgetOlderThan(Connection connection, int hours) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM idempotent_write WHERE created_at < now() - make_interval(hours => ?)")) {
            delete.setInt(1, hours);
            return delete.executeUpdate();
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, Claim claim) throws SQLException {
        statement.setString(1, claim.caller());
        statement.setString(2, claim.operation());
        statement.setString(3, claim.key());
        return statement;
    }
}
