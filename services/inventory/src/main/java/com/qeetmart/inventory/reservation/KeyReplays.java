package com.qeetmart.inventory.reservation;

import com.qeetmart.platform.errors.CommonProblem;
import com.qeetmart.platform.errors.UnprocessableException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency-Key replays: the same key with the same request gets the reservation its first use
 * made, the same key with another request is refused (422), whatever happened in between.
 */
@Singleton
class KeyReplays {

    private final ReservationRepository reservations;
    private final TransactionOperations<Connection> tx;

    KeyReplays(ReservationRepository reservations, TransactionOperations<Connection> tx) {
        this.reservations = reservations;
        this.tx = tx;
    }

    /** The reservation an earlier use of this caller's key made for this request, if there was one. */
    Optional<UUID> earlierReservation(UUID caller, String idempotencyKey, byte[] requestHash) {
        return tx.executeRead(status -> reservations.keyUse(caller, idempotencyKey)).map(used -> {
            if (!Arrays.equals(used.requestHash(), requestHash)) {
                throw new UnprocessableException(CommonProblem.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key",
                        "This Idempotency-Key was used for a different request");
            }
            return used.reservationId();
        });
    }
}
