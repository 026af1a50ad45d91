package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.InventorySettings;
import com.qeetmart.platform.security.ApplicationTokens;
import com.qeetmart.platform.security.Caller;

import java.util.UUID;

/**
 * Who holds a reservation, and the hold limits that apply to it: a person, under the platform's
 * limits per person; or a partner application for one of its buyers ({@code buyerReference}),
 * under its own quotas (its tokens carry those an administrator set): live reservations for all
 * its buyers together, units of a product per buyer.
 */
record Holder(UUID caller, String buyerReference, int maxLive, int maxUnits) {

    static Holder of(Caller caller, String buyerReference, InventorySettings.Limits limits) {
        if (!caller.isApplication()) {
            return new Holder(caller.id(), null, limits.liveReservationsPerCaller(), limits.unitsPerProductPerCaller());
        }
        return new Holder(caller.id(), buyerReference,
                ApplicationTokens.quota(caller.claims(), ApplicationTokens.LIVE_RESERVATIONS).orElse(limits.liveReservationsPerApplication()),
                ApplicationTokens.quota(caller.claims(), ApplicationTokens.UNITS_PER_PRODUCT).orElse(limits.unitsPerProductPerCaller()));
    }
}
