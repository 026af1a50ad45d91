package com.qeetmart.sdk;

import com.qeetmart.sdk.auth.SessionsApi;
import com.qeetmart.sdk.auth.model.Credentials;
import com.qeetmart.sdk.auth.model.RefreshRequest;
import com.qeetmart.sdk.auth.model.TokenPair;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The caller's tokens: signs in on first use, refreshes the access token shortly before it
 * expires (or when the API rejected it), and signs in again when the refresh token is no longer
 * accepted.
 */
final class TokenSession implements TokenSource {

    private static final Duration EARLY = Duration.ofSeconds(30);

    private final SessionsApi sessions;
    private final Credentials credentials;
    private final Clock clock;
    private String accessToken;
    private String refreshToken;
    private Instant expiresAt = Instant.MAX;

    private TokenSession(SessionsApi sessions, Credentials credentials, String accessToken, Clock clock) {
        this.sessions = sessions;
        this.credentials = credentials;
        this.accessToken = accessToken;
        this.clock = clock;
    }

    static TokenSession signingIn(SessionsApi sessions, String email, String password, Clock clock) {
        return new TokenSession(sessions, new Credentials().email(email).password(password), null, clock);
    }

    @Override
    public synchronized String accessToken() {
        if (accessToken == null) {
            use(login());
        } else if (credentials != null && clock.instant().isAfter(expiresAt.minus(EARLY))) {
            use(refreshOrLogin());
        }
        return accessToken;
    }

    @Override
    public synchronized String renewAfterRejection(String rejected) {
        if (credentials == null) {
            return null;
        }
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
                // The refresh token is no longer accepted: sign in again.
            }
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
    }
}
