package com.qeetmart.auth.partner;

import com.qeetmart.platform.security.ApplicationTokens;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partner application's quotas as an administrator set them (null: the platform's default):
 * requests per minute at the gateway, live reservations in all and units of a product per buyer
 * at inventory. Its tokens carry the ones set, so each service enforces them without asking auth.
 */
public record Quotas(Integer requestsPerMinute, Integer liveReservations, Integer unitsPerProduct) {

    static final Quotas DEFAULTS = new Quotas(null, null, null);

    /** These, with each one {@code change} sets in place of this one's. */
    Quotas with(Quotas change) {
        return change == null ? this : new Quotas(
                change.requestsPerMinute() != null ? change.requestsPerMinute() : requestsPerMinute,
                change.liveReservations() != null ? change.liveReservations() : liveReservations,
                change.unitsPerProduct() != null ? change.unitsPerProduct() : unitsPerProduct);
    }

    /** The claims its tokens carry: one per quota set. */
    public Map<String, Integer> claims() {
        Map<String, Integer> claims = new LinkedHashMap<>();
        if (requestsPerMinute != null) {
            claims.put(ApplicationTokens.RATE_LIMIT, requestsPerMinute);
        }
        if (liveReservations != null) {
            claims.put(ApplicationTokens.LIVE_RESERVATIONS, liveReservations);
        }
        if (unitsPerProduct != null) {
            claims.put(ApplicationTokens.UNITS_PER_PRODUCT, unitsPerProduct);
        }
        return claims;
    }
}
