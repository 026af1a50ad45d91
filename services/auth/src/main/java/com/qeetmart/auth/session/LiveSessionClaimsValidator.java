package com.qeetmart.auth.session;

import com.qeetmart.auth.token.AccessTokenIssuer;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * At the auth service itself an access token is accepted only while its session lasts, so
 * signing out takes effect here at once (other services honour it when the token expires).
 */
@Singleton
class LiveSessionClaimsValidator implements GenericJwtClaimsValidator<Object> {

    private final SessionStore sessions;

    LiveSessionClaimsValidator(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, Object request) {
        Object sid = claims.get(AccessTokenIssuer.SESSION_ID);
        try {
            return sid != null && sessions.isLive(UUID.fromString(sid.toString()));
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
