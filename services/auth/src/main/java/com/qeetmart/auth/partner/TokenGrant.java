package com.qeetmart.auth.partner;

import java.util.List;

/** The outcome of a token request: a token, or OAuth's refusal (RFC 6749 section 5.2). */
public sealed interface TokenGrant {

    /** An access token holding {@code scopes}, valid {@code expiresInSeconds}. */
    record Issued(String accessToken, long expiresInSeconds, List<String> scopes) implements TokenGrant {
    }

    /** OAuth's error code and description, with the status it is answered with (and Retry-After when throttled). */
    record Refused(int status, String error, String description, Long retryAfterSeconds) implements TokenGrant {

        static Refused badRequest(String error, String description) {
            return new Refused(400, error, description, null);
        }

        static Refused invalidClient() {
            return new Refused(401, "invalid_client", "Client authentication failed", null);
        }
    }
}
