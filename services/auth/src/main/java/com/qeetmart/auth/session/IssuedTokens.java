package com.qeetmart.auth.session;

import java.time.Duration;
import java.util.UUID;

/** A new access token and refresh token for one session. */
public record IssuedTokens(UUID sessionId, String accessToken, String refreshToken, Duration accessTokenTtl) {
}
