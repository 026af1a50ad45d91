package com.qeetmart.platform.idempotency;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;

/** Forgets kept answers after a day (as payment APIs do): a retry comes within minutes, not days. */
@Singleton
@Requires(classes = TransactionOperations.class)
class IdempotentWriteSweeper {

    static final int RETENTION_HOURS = 24;
    private static final Logger LOG = LoggerFactory.getLogger(IdempotentWriteSweeper.class);

    private final IdempotentWrites writes;
    private final TransactionOperations<Connection> tx;

    IdempotentWriteSweeper(IdempotentWrites writes, TransactionOperations<Connection> tx) {
        this.writes = writes;
        this.tx = tx;
    }

    @Scheduled(initialDelay = "5m", fixedDelay = "1h")
    void sweep() {
        try {
            int forgotten = tx.executeWrite(status -> {
                try {
                    return writes.forgetOlderThan(status.getConnection(), RETENTION_HOURS);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            LOG.debug("forgot {} idempotent answers older than {} h", forgotten, RETENTION_HOURS);
        } catch (RuntimeException unavailable) {
            LOG.warn("could not forget old idempotent answers: {}", unavailable.toString());
        }
    }
}
