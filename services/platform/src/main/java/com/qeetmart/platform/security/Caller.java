package com.qeetmart.platform.security;

import com.qeetmart.platform.errors.NotFoundException;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, from a verified access token: the subject's id, roles and other claims. It is
 * also the one place every service asks what a caller may reach: domain code is handed the
 * caller and asks it, never a separate "admin" flag.
 */
public record Caller(UUID id, Set<String> roles, Map<String, Object> claims) {

    public static final String ADMIN = "ADMIN";

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    /** Whether the caller holds any of these roles (a person) or scopes (an application). */
    public boolean holdsAny(String... rolesOrScopes) {
        for (String held : rolesOrScopes) {
            if (roles.contains(held)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the caller is a partner application (its id is its client id) rather than a person. */
    public boolean isApplication() {
        return ApplicationTokens.isApplication(claims);
    }

    /** Whether this caller may reach what {@code owner} owns: their own, anyone's for an admin. */
    public boolean mayReach(UUID owner) {
        return isAdmin() || id.equals(owner);
    }

    /**
     * {@code owner}, if this caller may reach it; otherwise the resource is not found, as if it
     * did not exist, so that other callers' ids cannot be probed.
     */
    public UUID requireReach(String resource, UUID owner) {
        if (!mayReach(owner)) {
            throw new NotFoundException(resource, owner);
        }
        return owner;
    }

    /** Whether a caller who may be anonymous (empty) is an admin. */
    public static boolean isAdmin(Optional<Caller> caller) {
        return caller.map(Caller::isAdmin).orElse(false);
    }

    public Optional<String> claim(String name) {
        return Optional.ofNullable(claims.get(name)).map(Object::toString);
    }
}
