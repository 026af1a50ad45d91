package com.qeetmart.users.support;

import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.testing.CallerToken;
import com.qeetmart.platform.testing.FreePort;
import com.qeetmart.platform.testing.ProblemAssertions;
import com.qeetmart.platform.testing.Readiness;
import com.qeetmart.platform.testing.TestDatabase;
import com.qeetmart.platform.testing.TestIssuer;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.ThrowingSupplier;

import java.util.Map;
import java.util.UUID;

/**
 * Base of the user service's API tests: the real service on a real port against its own
 * PostgreSQL database (emptied before each test), tokens from a test issuer served over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class UsersTest implements TestPropertyProvider {

    /** The management port (/health, /prometheus), a free one per test class. */
    protected final int managementPort = FreePort.find();

    protected static final TestIssuer ISSUER = new TestIssuer();
    protected static final TestDatabase DB = TestDatabase.forService("users", "user_test");

    @Inject
    protected CallerToken caller;

    protected final UUID alice = UUID.randomUUID();
    protected final UUID bob = UUID.randomUUID();

    @Override
    public Map<String, String> getProperties() {
        int port = FreePort.find();
        return Map.of(
                "micronaut.server.port", String.valueOf(port),
                "endpoints.all.port", String.valueOf(managementPort),
                "micronaut.http.services.users.url", "http://127.0.0.1:" + port,
                "datasources.default.url", DB.url(),
                "qeetmart.security.jwks-url", ISSUER.jwksUrl(),
                "qeetmart.security.revocations.url", ISSUER.revocationsUrl());
    }

    /** Tests meet the service as a client would: after its warm-up. */
    @BeforeAll
    void awaitReady() {
        Readiness.await(managementPort);
    }

    @BeforeEach
    void emptyDatabase() {
        caller.clear();
        DB.execute("TRUNCATE preferences, address, profile");
    }

    protected void as(UUID user) {
        caller.use(ISSUER.accessToken(user, "USER"));
    }

    protected void asAdmin() {
        caller.use(ISSUER.adminToken());
    }

    protected static String emailOf(UUID user) {
        return user + "@example.test";
    }

    protected static Problem problemOf(int status, ThrowingSupplier<HttpResponse<?>> call) {
        return ProblemAssertions.problemOf(status, call);
    }
}
