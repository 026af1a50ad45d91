package com.qeetmart.auth.password;

import com.qeetmart.auth.AuthProblem;
import com.qeetmart.auth.AuthSettings;
import com.qeetmart.auth.account.AccountRepository;
import com.qeetmart.auth.account.AccountService;
import com.qeetmart.auth.throttle.ResetThrottle;
import com.qeetmart.auth.token.OpaqueTokens;
import com.qeetmart.platform.errors.TooManyAttemptsException;
import com.qeetmart.platform.errors.UnprocessableException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import static com.qeetmart.platform.time.Timestamps.now;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Single-use, expiring password-reset tokens, delivered through the notifier. */
@Singleton
public class PasswordResetService {

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final PasswordResetRepository resets;
    private final PasswordResetNotifier notifier;
    private final ResetThrottle throttle;
    private final Duration ttl;

    PasswordResetService(AccountRepository accounts, AccountService accountService, PasswordResetRepository resets,
                         PasswordResetNotifier notifier, ResetThrottle throttle, AuthSettings settings) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.accountService = accountService;
        this.resets = resets;
        this.notifier = notifier;
        this.ttl = settings.resetTokenTtl();
    }

    /** Sends a token when the email has an account; says nothing either way (429 over the limits). */
    @Transactional(noRollbackFor = TooManyAttemptsException.class)
    public void request(String email, String address) {
        throttle.admit(email, address);
        accounts.findByEmail(email).ifPresent(account -> {
            String token = OpaqueTokens.newToken();
            Instant now = now();
            resets.insert(OpaqueTokens.hash(token), account.id(), now, now.plus(ttl));
            notifier.send(account.email(), token, now.plus(ttl));
        });
    }

    /** Sets the new password and ends every session of the account. */
    @Transactional
    public void confirm(String token, String newPassword) {
        UUID accountId = resets.useUp(OpaqueTokens.hash(token), now()).stream().findFirst()
                .orElseThrow(() -> new UnprocessableException(AuthProblem.RESET_TOKEN_INVALID, "token",
                        "The reset token is unknown, already used or expired"));
        accountService.setPassword(accountId, newPassword, null, "password reset");
    }

}
