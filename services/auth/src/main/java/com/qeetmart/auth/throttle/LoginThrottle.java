package com.qeetmart.auth.throttle;

import com.qeetmart.auth.AuthProblem;
import com.qeetmart.auth.account.Emails;
import com.qeetmart.auth.AuthSettings;
import com.qeetmart.platform.http.AddressBlocks;
import com.qeetmart.platform.errors.TooManyAttemptsException;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Slows password guessing: after too many failed sign-ins for one account, or from one client
 * address, within a window, further attempts are refused (429 with Retry-After) until the window
 * ends, without checking the password. Counts live in PostgreSQL, so every replica shares them.
 */
@Singleton
public class LoginThrottle {

    private final ThrottleRepository counts;
    private final Duration window;
    private final int accountLimit;
    private final int addressLimit;
    private final AddressBlocks blocks;

    LoginThrottle(ThrottleRepository counts, AuthSettings settings, AddressBlocks blocks) {
        this.counts = counts;
        this.blocks = blocks;
        this.window = settings.throttle().window();
        this.accountLimit = settings.throttle().accountFailures();
        this.addressLimit = settings.throttle().addressFailures();
    }

    public void check(String email, String address) {
        Instant now = Instant.now();
        for (ThrottleRow row : counts.findCurrent(List.of(accountKey(email), addressKey(address)), now.minus(window))) {
            int limit = row.key().startsWith("account:") ? accountLimit : addressLimit;
            if (row.failures() >= limit) {
                long wait = Duration.between(now, row.windowStartedAt().plus(window)).toSeconds() + 1;
                throw new TooManyAttemptsException(AuthProblem.SIGN_IN_THROTTLED, "Too many failed sign-ins; try again in " + wait + " s", wait);
            }
        }
    }

    public void failed(String email, String address) {
        Instant now = Instant.now();
        counts.countFailure(accountKey(email), now, now.minus(window));
        counts.countFailure(addressKey(address), now, now.minus(window));
    }

    public void succeeded(String email) {
        counts.clear(accountKey(email));
    }

    private static String accountKey(String email) {
        return "account:" + Emails.canonical(email); // as the account is found, so it is counted
    }

    private String addressKey(String address) {
        return "address:" + blocks.keyOf(address); // an IPv6 caller by its network prefix
    }
}
