package com.qeetmart.auth.support;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.qeetmart.auth.api.model.Credentials;
import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.auth.client.AccountsApi;
import com.qeetmart.auth.client.SessionsApi;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.testing.CallerToken;
import com.qeetmart.platform.testing.FreePort;
import com.qeetmart.platform.testing.ProblemAssertions;
import com.qeetmart.platform.testing.Readiness;
import com.qeetmart.platform.testing.TestDatabase;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.ThrowingSupplier;

import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Base of the auth service's API tests: the real service on a real port against its own
 * PostgreSQL database (emptied before each test, signing keys kept), called through the
 * generated client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AuthTest implements TestPropertyProvider {

    /** The management port (/health, /prometheus), a free one per test class. */
    protected final int managementPort = FreePort.find();

    public static final TestDatabase DB = TestDatabase.forService("auth", "auth_test");
    protected static final String PASSWORD = "correct horse battery";

    @Inject
    protected CallerToken caller;
    @Inject
    protected AccountsApi accounts;
    @Inject
    protected SessionsApi sessions;

    protected int port;

    @Override
    public Map<String, String> getProperties() {
        port = FreePort.find();
        Map<String, String> properties = new HashMap<>(Map.of(
                "micronaut.server.port", String.valueOf(port),
                "endpoints.all.port", String.valueOf(managementPort),
                "micronaut.http.services.auth.url", "http://127.0.0.1:" + port,
                "datasources.default.url", DB.url()));
        properties.putAll(extraProperties());
        return properties;
    }

    /** Settings a test class needs on top of the defaults. */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    /** Tests meet the service as a client would: after its warm-up. */
    @BeforeAll
    void awaitReady() {
        Readiness.await(managementPort);
    }

    @BeforeEach
    void emptyAccounts() {
        caller.clear();
        DB.execute("TRUNCATE outbox_message, password_reset, refresh_token, session, login_throttle, account");
    }

    protected static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.test";
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

    protected static Problem problemOf(int status, ThrowingSupplier<HttpResponse<?>> call) {
        return ProblemAssertions.problemOf(status, call);
    }
}
