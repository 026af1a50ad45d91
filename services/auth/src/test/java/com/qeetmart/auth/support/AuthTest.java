package com.qeetmart.auth.support;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.qeetmart.auth.api.model.Credentials;
import com.qeetmart.auth.bootstrap.AdminBootstrap;
import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.auth.client.AccountsApi;
import com.qeetmart.auth.client.SessionsApi;
import com.qeetmart.platform.testing.ServiceApiTest;
import com.qeetmart.platform.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;

import java.text.ParseException;
import java.util.Map;
import java.util.UUID;

/**
 * Base of the auth service's API tests: the real service on a real port against its own
 * PostgreSQL database (emptied before each test, signing keys kept), called through the
 * generated client.
 */
public abstract class AuthTest extends ServiceApiTest {

    public static final TestDatabase DB = TestDatabase.forService("auth", "auth_test");
    protected static final String PASSWORD = "correct horse battery";
    /** The administrator AdminBootstrap creates in a test class that asks for one ({@link #administrator()}). */
    protected static final String ADMIN_EMAIL = "root@example.test";
    protected static final String ADMIN_PASSWORD = "bootstrap admin passphrase";

    @Inject
    protected ApplicationContext context;

    @Inject
    protected AccountsApi accounts;
    @Inject
    protected SessionsApi sessions;

    protected AuthTest() {
        super("auth", DB, "application_secret, application, outbox_message, password_reset, refresh_token, session, login_throttle, account");
    }

    /** How long a rotated key is published before it signs, in tests: the verifiers' refresh plus the margin. */
    protected static final java.time.Duration KEY_LEAD = java.time.Duration.ofSeconds(5);

    /**
     * Signing keys move through their lifecycle in seconds rather than minutes: verifiers refresh
     * every 2 s and a new key signs 3 s after that (margin for a loaded machine); each replica rereads the keys every second.
     */
    @Override
    protected Map<String, String> serviceProperties() {
        return Map.of("qeetmart.security.jwks-refresh", "2s", "auth.keys.publish-margin", "3s",
                "auth.keys.reload-interval", "1s");
    }

    /** The settings that make AdminBootstrap create the test administrator. */
    protected static Map<String, String> administrator() {
        return Map.of("auth.admin.email", ADMIN_EMAIL, "auth.admin.password", ADMIN_PASSWORD);
    }

    /** Signs in as the test administrator, running the startup bootstrap again first (as a restart would: each test starts from empty tables). */
    protected TokenPair signInAsAdministrator() {
        context.getBean(AdminBootstrap.class).ensureAdmin();
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    protected static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.test";
    }

    /** A new account with {@link #PASSWORD}, not signed in to by the test: its email. */
    protected String registeredEmail() {
        String email = uniqueEmail();
        register(email);
        return email;
    }

    protected TokenPair register(String email) {
        return accounts.register(new Credentials(email, PASSWORD)).body();
    }

    protected TokenPair login(String email, String password) {
        return sessions.login(new Credentials(email, password)).body();
    }

    protected static JWTClaimsSet claimsOf(String accessToken) {
        try {
            return SignedJWT.parse(accessToken).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    protected static String kidOf(String accessToken) {
        try {
            return SignedJWT.parse(accessToken).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }
}
