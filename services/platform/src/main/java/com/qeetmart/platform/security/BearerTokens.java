package com.qeetmart.platform.security;

/**
 * The one reading of {@code Authorization: Bearer <token>} at the edge (RFC 6750 section 2.1; the
 * scheme is case-insensitive, RFC 9110 section 11.1), for the stages that check tokens outside
 * Micronaut Security: the gateway's proxy and the services' direct reads.
 */
public final class BearerTokens {

    private static final String SCHEME = "Bearer ";

    private BearerTokens() {
    }

    /** The token an Authorization header carries, or null when it carries none (absent, empty, another scheme). */
    public static String tokenOf(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String token = authorization.substring(SCHEME.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
