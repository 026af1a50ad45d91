package com.qeetmart.platform.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * How a service checks tokens (prefix {@code qeetmart.security}; defaults in
 * qeetmart-platform.yml). {@code jwksUrl} is set by each service that verifies auth's tokens;
 * auth itself has none.
 */
@ConfigurationProperties("qeetmart.security")
public record SecuritySettings(@Nullable String jwksUrl, Duration jwksRefresh, Duration jwksMinRefetch,
                               TokenCache tokenCache, Revocations revocations, TokenTimes tokenTimes) {

    /**
     * What an access token's times may say: it expires ({@code exp}) at most {@code maxLifetime}
     * from now (the longest auth issues), is valid from ({@code nbf}) and issued at ({@code iat})
     * no later than now, each give or take {@code clockSkew}.
     */
    @ConfigurationProperties("token-times")
    public record TokenTimes(Duration maxLifetime, Duration clockSkew) {
    }

    /** Tokens remembered as verified (0: none, every request is checked in full). */
    @ConfigurationProperties("token-cache")
    public record TokenCache(int maxEntries) {
    }

    /** Where ended sessions are learnt: auth's feed (polled); the Redis channel is on the process's Redis. */
    @ConfigurationProperties("revocations")
    public record Revocations(@Nullable String url, Duration pollInterval) {
    }
}
