package com.qeetmart.platform.security;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Accepts only access tokens: a token must carry {@code token_use: "access"}, so a token minted
 * for any other use (a refresh or reset token, should one ever be a JWT) is never taken for one.
 * Signature, expiry and not-before are checked by Micronaut against the auth service's JWKS.
 */
@Singleton
final class AccessTokenClaimsValidator implements GenericJwtClaimsValidator<Object> {

    static final String TOKEN_USE = "token_use";
    static final String ACCESS = "access";

    @Override
    public boolean validate(Claims claims, Object request) {
        return ACCESS.equals(claims.get(TOKEN_USE));
    }
}
