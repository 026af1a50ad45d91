package com.qeetmart.sdk;

import java.util.Optional;

/**
 * Where a person's session outlives the process: the SDK saves the refresh token after every
 * sign-in and refresh (each refresh replaces it: refresh tokens are single-use) and, on first use,
 * resumes the session from the saved one instead of signing in. A backend that acts for a person
 * keeps their session this way, never their password. See
 * {@link QeetMart.Builder#sessionStore(SessionStore)}.
 */
public interface SessionStore {

    /** The refresh token saved last, if any. */
    Optional<String> load();

    /** Keeps the session's refresh token (treat it as a password: encrypted at rest). */
    void save(String refreshToken);

    /** The session ended (signed out elsewhere, or its refresh token was refused): forget it. */
    void clear();
}
