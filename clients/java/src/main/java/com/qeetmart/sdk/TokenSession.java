package com.qeetmart.sdk;

import com.qeetmart.sdk.auth.SessionsApi;
import com.qeetmart.sdk.auth.model.Credentials;
import com.qeetmart.sdk.auth.model.RefreshRequest;
import com.qeetmart.sdk.auth.model.TokenPair;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A person's tokens: on first use resumes the session a {@link SessionStore} kept, or signs in;
 * refreshes the access token shortly before it expires (or when the API rejected it), saving each
 * new refresh token; and signs in again when the refresh token is no longer accepted (without
 * credentials, the session is over: the store is cleared and the call fails as unauthenticated).
 */
final class TokenSession implements TokenSource {

    private static final Duration EARLY = Duration.ofSeconds(30);

    private final SessionsApi sessions;
    private final Credentials credentials;
    private final SessionStore store;
    private final Clock clock;
    private String accessToken;
    private String refreshToken;
    private Instant expiresAt = Instant.MAX;

    /** {@code credentials} or {@code store} may be null, not both. */
    TokenSession(SessionsApi sessions, Credentials credentials, SessionStore store, Clock clock) {
        this.sessions = sessions;
        this.credentials = credentials;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public synchronized String accessToken() {
        if (accessToken == null) {
            refreshToken = store == null ? null : store.load().orElse(null);
            use(refreshOrLogin());
        } else if (clock.instant().isAfter(expiresAt.minus(EARLY))) {
            use(refreshOrLogin());
        }
        return accessToken;
    }

    @Override
    public synchronized String renewAfterRejection(String rejected) {
        if (rejected != null && rejected.equals(accessToken)) {
            use(refreshOrLogin());
        }
        return accessToken;
    }

    private TokenPair refreshOrLogin() {
        if (refreshToken != null) {
            try {
                return sessions.refreshTokens(new RefreshRequest().refreshToken(refreshToken));
            } catch (AuthenticationException sessionEnded) {
                refreshToken = null;
                if (store != null) {
                    store.clear();
                }
                if (credentials == null) {
                    throw sessionEnded; // nothing to sign in with: the person must sign in again
                }
            }
        }
        if (credentials == null) {
            throw new AuthenticationException(new Problem(401, null, "NO_SESSION", null,
                    "No saved session and no credentials to sign in with: the person must sign in", null, List.of(), null));
        }
        return login();
    }

    // A wrong password is an AuthenticationException, an unreachable API a ConnectionFailedException:
    // the caller's call fails with the reason, as its own error would.
    private TokenPair login() {
        return sessions.login(credentials);
    }

    private void use(TokenPair tokens) {
        accessToken = tokens.getAccessToken();
        refreshToken = tokens.getRefreshToken();
        expiresAt = clock.instant().plusSeconds(tokens.getExpiresIn());
        if (store != null) {
            store.save(refreshToken);
        }
    }
}
