package com.qeetmart.sdk;

import com.qeetmart.sdk.inventory.model.Reservation;

import java.util.List;
import java.util.Map;

/**
 * A reservation and whether this call made it ({@code replayed} false) or the API answered with
 * the one an earlier call with the same Idempotency-Key made ({@code Idempotent-Replayed: true}):
 * what {@link QeetMart#reserveWithOutcome} returns, so an order flow can tell a retry's answer
 * from a first one (to send its confirmation once, say).
 */
public record ReservationOutcome(Reservation reservation, boolean replayed) {

    /** Whether an answer's headers say it repeats an earlier one ({@code Idempotent-Replayed: true}). */
    public static boolean wasReplayed(Map<String, List<String>> headers) {
        return headers.entrySet().stream()
                .anyMatch(header -> header.getKey().equalsIgnoreCase("Idempotent-Replayed")
                        && header.getValue().stream().anyMatch(value -> value.trim().equalsIgnoreCase("true")));
    }
}
