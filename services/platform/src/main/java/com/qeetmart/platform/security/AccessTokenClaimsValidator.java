package com.qeetmart.platform.security;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Accepts only access tokens that are valid now. A token must carry {@code token_use: "access"},
 * so a token minted for any other use is never taken for one; it must expire ({@code exp}), and
 * no later than the longest lifetime auth issues from now; it must not be valid only from later
 * ({@code nbf}) or issued in the future ({@code iat}), each give or take the clock skew
 * ({@link SecuritySettings.TokenTimes}). A refusal says why in the log (never the token). The
 * signature is checked against auth's keys before this runs, and an expired token is refused by
 * Micronaut's own expiration validator.
 */
@Singleton
final class AccessTokenClaimsValidator implements GenericJwtClaimsValidator<Object> {

    static final String TOKEN_USE = "token_use";
    static final String ACCESS = "access";
    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenClaimsValidator.class);

    private final Duration maxLifetime;
    private final Duration skew;

    AccessTokenClaimsValidator(SecuritySettings settings) {
        this.maxLifetime = settings.tokenTimes().maxLifetime();
        this.skew = settings.tokenTimes().clockSkew();
    }

    @Override
    public boolean validate(Claims claims, Object request) {
        Optional<String> refusal = refusal(claims, Instant.now());
        refusal.ifPresent(reason -> LOG.info("Refused a token of subject {}: {}", claims.get(Claims.SUBJECT), reason));
        return refusal.isEmpty();
    }

    Optional<String> refusal(Claims claims, Instant now) {
        if (!ACCESS.equals(claims.get(TOKEN_USE))) {
            return Optional.of("not an access token");
        }
        Instant expires = instant(claims.get(Claims.EXPIRATION_TIME));
        if (expires == null) {
            return Optional.of("it has no expiry");
        }
        if (expires.isAfter(now.plus(maxLifetime).plus(skew))) {
            return Optional.of("it expires at " + expires + ", beyond the longest lifetime auth issues (" + maxLifetime + ")");
        }
        Instant notBefore = instant(claims.get(Claims.NOT_BEFORE));
        if (notBefore != null && notBefore.isAfter(now.plus(skew))) {
            return Optional.of("it is valid only from " + notBefore);
        }
        Instant issued = instant(claims.get(Claims.ISSUED_AT));
        if (issued != null && issued.isAfter(now.plus(skew))) {
            return Optional.of("it was issued in the future (" + issued + ")");
        }
        return Optional.empty();
    }

    private static Instant instant(Object claim) {
        if (claim instanceof Date date) {
            return date.toInstant();
        }
        if (claim instanceof Instant instant) {
            return instant;
        }
        if (claim instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }
}
