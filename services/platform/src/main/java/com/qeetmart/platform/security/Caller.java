package com.qeetmart.platform.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who is calling, from a verified access token: the subject's id, roles and other claims. */
public record Caller(UUID id, Set<String> roles, Map<String, Object> claims) {

    public static final String ADMIN = "ADMIN";

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    public Optional<String> claim(String name) {
        return Optional.ofNullable(claims.get(name)).map(Object::toString);
    }
}
