package com.qeetmart.users.caller;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Who is calling, from the verified access token: their user id, email and whether they are ADMIN. */
@Singleton
public class Caller {

    /** The caller as the domain sees them. */
    public record Identity(UUID userId, String email, boolean admin) {
    }

    static final String ADMIN = "ADMIN";

    private final SecurityService security;

    Caller(SecurityService security) {
        this.security = security;
    }

    public Identity current() {
        Authentication authentication = security.getAuthentication()
                .orElseThrow(() -> new IllegalStateException("an authenticated route has no authentication"));
        Object email = authentication.getAttributes().get("email");
        return new Identity(UUID.fromString(authentication.getName()), email == null ? null : email.toString(),
                authentication.getRoles().contains(ADMIN));
    }
}
