package com.qeetmart.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a partner application's access token says, as auth issues it (RFC 9068's claims):
 * {@code client_id} names the application, {@code scope} what it may do, space-separated. A
 * person's token has neither; it carries {@code roles}.
 */
public final class ApplicationTokens {

    public static final String CLIENT_ID = "client_id";
    public static final String SCOPE = "scope";
    /** An application's requests per minute at the gateway, when an administrator set a quota. */
    public static final String RATE_LIMIT = "rate_limit";
    /** Live reservations the application may hold in all, when an administrator set a quota. */
    public static final String LIVE_RESERVATIONS = "live_reservations";
    /** Units of a product one of its buyers may hold, when an administrator set a quota. */
    public static final String UNITS_PER_PRODUCT = "units_per_product";

    /** A quota an application's claims carry, if an administrator set it. */
    public static java.util.Optional<Integer> quota(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof Number quota && quota.intValue() > 0
                ? java.util.Optional.of(quota.intValue()) : java.util.Optional.empty();
    }

    private ApplicationTokens() {
    }

    /** Whether the claims are an application's. */
    public static boolean isApplication(Map<String, Object> claims) {
        return claims.get(CLIENT_ID) != null;
    }

    /**
     * The scopes an application's claims hold (none for a person's). Only values shaped as scopes
     * count: a "scope" named like a role ({@code ADMIN}) is never taken for the role.
     */
    public static List<String> scopes(Map<String, Object> claims) {
        Object scope = claims.get(SCOPE);
        if (!isApplication(claims) || scope == null) {
            return List.of();
        }
        return Arrays.stream(scope.toString().split(" ")).filter(ApplicationTokens::isScope).toList();
    }

    /** Whether a value of an operation's security requirement is a scope (area:action), not a role. */
    public static boolean isScope(String requirement) {
        return requirement.indexOf(':') > 0;
    }
}
