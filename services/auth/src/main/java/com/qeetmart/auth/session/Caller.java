package com.qeetmart.auth.session;

import com.qeetmart.auth.token.AccessTokenIssuer;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Who is calling: the account and session of the verified access token. */
@Singleton
public class Caller {

    public record Identity(UUID accountId, UUID sessionId) {
    }

    private final SecurityService security;

    Caller(SecurityService security) {
        this.security = security;
    }

    public Identity current() {
        Authentication authentication = security.getAuthentication()
                .orElseThrow(() -> new IllegalStateException("an authenticated route has no authentication"));
        return new Identity(UUID.fromString(authentication.getName()),
                UUID.fromString(String.valueOf(authentication.getAttributes().get(AccessTokenIssuer.SESSION_ID))));
    }
}
