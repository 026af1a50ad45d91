package com.qeetmart.auth.session;

import com.qeetmart.auth.AuthProblem;
import com.qeetmart.auth.account.AccountRepository;
import com.qeetmart.auth.account.AccountRow;
import com.qeetmart.auth.password.PasswordChecks;
import com.qeetmart.auth.password.PasswordHasher;
import com.qeetmart.auth.throttle.LoginThrottle;
import com.qeetmart.platform.errors.AuthenticationFailedException;
import com.qeetmart.platform.http.ClientOrigin;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Signing in with email and password. An unknown email and a wrong password take the same time
 * (a password is hashed either way) and get the same answer, so the answer does not reveal
 * which emails have accounts. Failures are counted outside any transaction, so they stick. The
 * hash runs within {@link PasswordChecks}' budget.
 */
@Singleton
public class SignIn {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SessionStore sessions;
    private final PasswordChecks checks;

    SignIn(AccountRepository accounts, PasswordHasher hasher, LoginThrottle throttle, SessionStore sessions,
           PasswordChecks checks) {
        this.checks = checks;
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    public IssuedTokens signIn(String email, String password, ClientOrigin origin, BooleanSupplier callerWaiting) {
        throttle.check(email, origin.ipAddress());
        Optional<AccountRow> account = accounts.findByEmail(email);
        boolean valid = checks.run(origin.ipAddress(), callerWaiting, () -> {
            if (account.isPresent()) {
                return hasher.verify(password, account.get().passwordHash());
            }
            hasher.verifyNothing(password);
            return false;
        });
        if (!valid) {
            throttle.failed(email, origin.ipAddress());
            throw new AuthenticationFailedException(AuthProblem.INVALID_CREDENTIALS, "The email or password is wrong");
        }
        throttle.succeeded(email);
        return sessions.open(account.get().toData(), origin);
    }

    public IssuedTokens refresh(String refreshToken) {
        SessionStore.Rotation rotation = sessions.rotate(refreshToken);
        if (rotation instanceof SessionStore.Rotation.Rotated rotated) {
            return rotated.tokens();
        }
        if (rotation instanceof SessionStore.Rotation.Reused) {
            throw new AuthenticationFailedException(AuthProblem.REFRESH_TOKEN_REUSED,
                    "This refresh token was already used; its session has been ended. Sign in again");
        }
        throw new AuthenticationFailedException(AuthProblem.INVALID_REFRESH_TOKEN,
                "The refresh token is unknown, expired or its session is over");
    }
}
