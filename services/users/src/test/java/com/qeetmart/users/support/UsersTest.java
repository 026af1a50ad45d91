package com.qeetmart.users.support;

import com.qeetmart.platform.testing.ServiceApiTest;
import com.qeetmart.platform.testing.TestDatabase;
import com.qeetmart.platform.testing.TestIssuer;

import java.util.Map;
import java.util.UUID;

/**
 * Base of the user service's API tests: the real service on a real port against its own
 * PostgreSQL database (emptied before each test), tokens from a test issuer served over HTTP.
 */
public abstract class UsersTest extends ServiceApiTest {

    protected static final TestIssuer ISSUER = new TestIssuer();
    protected static final TestDatabase DB = TestDatabase.forService("users", "user_test");

    protected final UUID alice = UUID.randomUUID();
    protected final UUID bob = UUID.randomUUID();

    protected UsersTest() {
        super("users", DB, "preferences, address, profile");
    }

    @Override
    protected Map<String, String> serviceProperties() {
        return trusting(ISSUER);
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
}
