package com.qeetmart.auth.throttle;

import com.qeetmart.auth.AuthProblem;
import com.qeetmart.auth.AuthSettings;
import com.qeetmart.auth.account.Emails;
import com.qeetmart.platform.errors.TooManyAttemptsException;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Limits password-reset requests, each of which sends an email: so many per email (canonical,
 * registered or not, so that being limited says nothing about an account) and per client address
 * within a window. Counted in the sign-in throttle's table under keys of their own.
 */
@Singleton
public class ResetThrottle {

    private final ThrottleRepository counts;
    private final AuthSettings.Throttle.Resets limits;

    ResetThrottle(ThrottleRepository counts, AuthSettings settings) {
        this.counts = counts;
        this.limits = settings.throttle().resets();
    }

    /** Counts this request; 429 with Retry-After when it is over either limit. */
    public void admit(String email, String address) {
        Instant now = Instant.now();
        Instant windowStart = now.minus(limits.window());
        String emailKey = "reset-email:" + Emails.canonical(email);
        String addressKey = "reset-address:" + address;
        counts.countFailure(emailKey, now, windowStart);
        counts.countFailure(addressKey, now, windowStart);
        for (ThrottleRow row : counts.findCurrent(List.of(emailKey, addressKey), windowStart)) {
            int limit = row.key().equals(emailKey) ? limits.perEmail() : limits.perAddress();
            if (row.failures() > limit) {
                long wait = Duration.between(now, row.windowStartedAt().plus(limits.window())).toSeconds() + 1;
                throw new TooManyAttemptsException(AuthProblem.PASSWORD_RESET_THROTTLED, "Too many password-reset requests; try again in " + wait + " s", wait);
            }
        }
    }
}
