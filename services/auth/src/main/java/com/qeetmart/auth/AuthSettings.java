package com.qeetmart.auth;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** The auth service's settings (application.yml, prefix {@code auth}). */
@ConfigurationProperties("auth")
public record AuthSettings(String issuer, Duration accessTokenTtl, Duration refreshTokenTtl, Duration resetTokenTtl,
                           String signingKeyPem, Keys keys, PasswordChecks passwordChecks, Sessions sessions, Admin admin,
                           Throttle throttle, Applications applications) {

    /**
     * At most {@code maxLive} live sessions per account (a new sign-in ends the oldest beyond it),
     * and at most {@code feedPage} entries per page of the revocation feed.
     */
    @ConfigurationProperties("sessions")
    public record Sessions(int maxLive, int feedPage) {
    }

    /**
     * What password hashing may cost: {@code concurrency} hashes at once (0: one fewer than the
     * cores, at least one), {@code queue} more waiting at most {@code maxWait}, and
     * {@code perAddress} in flight from one client address (see PasswordChecks).
     */
    @ConfigurationProperties("password-checks")
    public record PasswordChecks(int concurrency, int queue, Duration maxWait, int perAddress) {
    }

    /**
     * The signing keys' lifecycle: a new key signs {@code publishMargin} after the verifiers'
     * refresh interval ({@code qeetmart.security.jwks-refresh}) has passed since it was published;
     * a key is rotated every {@code rotationPeriod} (0: only on request); each replica rereads the
     * keys every {@code reloadInterval}, which must stay below that lead.
     */
    @ConfigurationProperties("keys")
    public record Keys(Duration publishMargin, Duration rotationPeriod, Duration reloadInterval) {
    }

    /**
     * Partner applications: how long the secrets before a rotation stay valid, and how many failed
     * client authentications one client id may have within {@code throttle.window}.
     */
    @ConfigurationProperties("applications")
    public record Applications(Duration secretOverlap, int clientFailures) {
    }

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
