package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.InventoryProblem;
import com.qeetmart.inventory.InventorySettings;
import com.qeetmart.platform.errors.ConflictException;
import com.qeetmart.platform.errors.UnprocessableException;

import java.time.Duration;
import java.time.Instant;

/**
 * The limits on how long stock is held ({@link InventorySettings.Limits}) and their refusals; the
 * limits on how much one caller holds are checked in the database, against counts kept with the
 * reservations (V6, V7).
 */
final class HoldRules {

    private HoldRules() {
    }

    /** 422 TTL_TOO_LONG when a reservation or an extension asks for more than the longest time to live. */
    static void requireTtlWithin(Integer ttlSeconds, InventorySettings.Limits limits) {
        if (exceedsTtl(ttlSeconds, limits)) {
            throw new UnprocessableException(InventoryProblem.TTL_TOO_LONG, "ttlSeconds",
                    "A reservation lives at most " + limits.maxTtl().toSeconds() + " seconds at a time");
        }
    }

    static boolean exceedsTtl(Integer ttlSeconds, InventorySettings.Limits limits) {
        return ttlSeconds != null && Duration.ofSeconds(ttlSeconds).compareTo(limits.maxTtl()) > 0;
    }

    /** 409 HOLD_LIMIT_REACHED when an extension would hold the units longer than allowed since creation. */
    static void requireHoldWithin(Instant createdAt, Instant newExpiry, InventorySettings.Limits limits) {
        Instant latest = createdAt.plus(limits.maxHold());
        if (newExpiry.isAfter(latest)) {
            throw new ConflictException(InventoryProblem.HOLD_LIMIT_REACHED, "A reservation holds its units at most "
                    + limits.maxHold().toMinutes() + " minutes in all; this one can be extended until " + latest);
        }
    }

    static ConflictException tooManyLive(Holder holder) {
        return new ConflictException(InventoryProblem.LIVE_RESERVATION_LIMIT, "One caller may hold at most "
                + holder.maxLive() + " live reservations (an application: for all its buyers); commit or release one first");
    }
}
