package com.qeetmart.auth;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** The auth service's settings (application.yml, prefix {@code auth}). */
@ConfigurationProperties("auth")
public record AuthSettings(String issuer, Duration accessTokenTtl, Duration refreshTokenTtl, Duration resetTokenTtl,
                           String signingKeyPem, Admin admin, Throttle throttle) {

    @ConfigurationProperties("admin")
    public record Admin(String email, String password) {
    }

    @ConfigurationProperties("throttle")
    public record Throttle(Duration window, int accountFailures, int addressFailures, Resets resets) {

        /** Password-reset requests per email and per client address within {@code window}. */
        @ConfigurationProperties("resets")
        public record Resets(Duration window, int perEmail, int perAddress) {
        }
    }
}
