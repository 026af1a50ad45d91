package com.qeetmart.platform.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The caller of the request being served, as every service's domain code sees them. */
@Singleton
public class Callers {

    private final SecurityService security;

    Callers(SecurityService security) {
        this.security = security;
    }

    /** The caller, when the request carried a valid access token. */
    public Optional<Caller> find() {
        return security.getAuthentication().map(Callers::from);
    }

    /** The caller of a route that requires authentication. */
    public Caller current() {
        return find().orElseThrow(() -> new IllegalStateException("an authenticated route has no authentication"));
    }

    /** The caller an authentication (a verified access token) names. */
    public static Caller from(Authentication authentication) {
        return new Caller(UUID.fromString(authentication.getName()), Set.copyOf(authentication.getRoles()),
                authentication.getAttributes());
    }
}
