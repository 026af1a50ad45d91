package com.qeetmart.auth.account;

import com.qeetmart.auth.AuthProblem;
import com.qeetmart.auth.password.PasswordChecks;
import com.qeetmart.auth.password.PasswordHasher;
import com.qeetmart.auth.password.PasswordPolicy;
import com.qeetmart.auth.session.CallerSession;
import com.qeetmart.auth.session.SessionStore;
import com.qeetmart.auth.throttle.LoginThrottle;
import com.qeetmart.platform.errors.ConflictException;
import com.qeetmart.platform.errors.UnprocessableException;
import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.http.ClientOrigin;
import com.qeetmart.auth.session.IssuedTokens;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import static com.qeetmart.platform.time.Timestamps.now;

import java.sql.Connection;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.UUID;

@Singleton
public class AccountService {

    public static final String USER = "USER";
    static final String RESOURCE = "Account";

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final PasswordPolicy policy;
    private final PasswordChecks checks;
    private final TransactionOperations<Connection> transactions;

    AccountService(AccountRepository accounts, PasswordHasher hasher, SessionStore sessions, LoginThrottle throttle,
                   PasswordPolicy policy, PasswordChecks checks, TransactionOperations<Connection> transactions) {
        this.policy = policy;
        this.checks = checks;
        this.transactions = transactions;
        this.accounts = accounts;
        this.hasher = hasher;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    /**
     * Creates a USER account and its first session, in one transaction. The password is hashed
     * first, within {@link PasswordChecks}' budget and holding no database connection.
     */
    public IssuedTokens register(String email, String password, ClientOrigin origin, BooleanSupplier callerWaiting) {
        policy.check(password, email, "password");
        String hash = checks.run(origin.ipAddress(), callerWaiting, () -> hasher.hash(password));
        return transactions.executeWrite(status -> sessions.open(insert(email, hash, new String[] {USER})
                .orElseThrow(() -> new ConflictException(AuthProblem.EMAIL_TAKEN, "An account with this email already exists")),
                origin));
    }

    /** Creates an account unless its email is taken. */
    @Transactional
    public Optional<AccountData> create(String email, String password, String[] roles) {
        return insert(email, hasher.hash(password), roles);
    }

    private Optional<AccountData> insert(String email, String passwordHash, String[] roles) {
        UUID id = UUID.randomUUID();
        if (accounts.insertUnlessTaken(id, Emails.canonical(email), passwordHash, roles, now()) == 0) {
            return Optional.empty();
        }
        return accounts.findById(id).map(AccountRow::toData);
    }

    @Transactional(readOnly = true)
    public AccountData get(UUID id) {
        return row(id).toData();
    }

    /** Checks the current password (throttled like sign-in), sets the new one, ends other sessions. */
    public void changePassword(CallerSession.Identity caller, String currentPassword, String newPassword,
                               ClientOrigin origin) {
        AccountRow account = row(caller.accountId());
        throttle.check(account.email(), origin.ipAddress());
        if (!hasher.verify(currentPassword, account.passwordHash())) {
            throttle.failed(account.email(), origin.ipAddress());
            throw new UnprocessableException(AuthProblem.CURRENT_PASSWORD_INCORRECT, "currentPassword",
                    "The current password is wrong");
        }
        setPassword(account.id(), newPassword, caller.sessionId(), "password changed");
    }

    /** Sets a new password (if the policy allows it) and ends every session of the account but {@code keep} (null: all). */
    @Transactional
    public void setPassword(UUID accountId, String newPassword, UUID keep, String reason) {
        policy.check(newPassword, get(accountId).email(), "newPassword");
        accounts.updatePassword(accountId, hasher.hash(newPassword), now());
        sessions.endAll(accountId, keep, reason);
    }

    @Transactional
    public AccountData grantRole(UUID accountId, String role) {
        get(accountId);
        accounts.addRole(accountId, role, now());
        return get(accountId);
    }

    @Transactional
    public AccountData revokeRole(UUID accountId, String role) {
        get(accountId);
        if (USER.equals(role)) {
            throw new ConflictException(AuthProblem.ROLE_REQUIRED, "Every account keeps the USER role");
        }
        accounts.removeRole(accountId, role, now());
        // Tokens carry their roles: the account's tokens must stop everywhere, so its sessions end
        // (a grant needs no such thing: a refreshed token carries the new role).
        sessions.endAll(accountId, null, "role " + role + " revoked");
        return get(accountId);
    }

    private AccountRow row(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }
}
