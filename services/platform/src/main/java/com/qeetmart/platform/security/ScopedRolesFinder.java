package com.qeetmart.platform.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.DefaultRolesFinder;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * What a caller holds, as the contracts' security requirements name it: a person's roles (the
 * {@code roles} claim), or an application's scopes (its {@code scope} claim), never both. The
 * generated {@code @Secured} of an operation lists the roles and the scopes that may call it, so
 * one check serves people and applications, and an application holds no role.
 */
@Singleton
@Replaces(DefaultRolesFinder.class)
final class ScopedRolesFinder implements RolesFinder {

    private final DefaultRolesFinder roles;

    ScopedRolesFinder(TokenConfiguration configuration) {
        this.roles = new DefaultRolesFinder(configuration);
    }

    @Override
    public List<String> resolveRoles(Map<String, Object> attributes) {
        return ApplicationTokens.isApplication(attributes) ? ApplicationTokens.scopes(attributes) : roles.resolveRoles(attributes);
    }
}
