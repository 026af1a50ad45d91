package com.qeetmart.products.support;

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

/**
 * Base of the catalog's API tests: the real service on a real port, its own PostgreSQL database
 * (emptied before each test), a test issuer standing in for auth's JWKS, and the generated client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CatalogTest implements TestPropertyProvider {

    /** The management port (/health, /prometheus), a free one per test class. */
    protected final int managementPort = FreePort.find();

    protected static final TestIssuer ISSUER = new TestIssuer();
    protected static final TestDatabase DB = TestDatabase.forService("products", "product_test");

    @Inject
    protected CallerToken caller;

    @Override
    public Map<String, String> getProperties() {
        int port = FreePort.find();
        return Map.of(
                "micronaut.server.port", String.valueOf(port),
                "endpoints.all.port", String.valueOf(managementPort),
                "micronaut.http.services.products.url", "http://127.0.0.1:" + port,
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
    void emptyCatalog() {
        caller.clear();
        DB.execute("TRUNCATE product_variant, product, category");
    }

    protected void asAdmin() {
        caller.use(ISSUER.adminToken());
    }

    protected void asUser() {
        caller.use(ISSUER.userToken());
    }

    protected void anonymous() {
        caller.clear();
    }

    protected static Problem problemOf(int status, ThrowingSupplier<HttpResponse<?>> call) {
        return ProblemAssertions.problemOf(status, call);
    }

    protected long count(String query) {
        return DB.count(query);
    }

    /** Bulk rows straight in SQL, for tests about large results. */
    protected void insertActiveProducts(int count, String name) {
        DB.execute("""
                INSERT INTO product (id, name, status, price_amount, price_currency, version, created_at, updated_at)
                SELECT gen_random_uuid(), '%s ' || i, 'ACTIVE', 1, 'EUR', 1, now(), now()
                  FROM generate_series(1, %d) i""".formatted(name.replace("'", "''"), count));
        DB.execute("ANALYZE product");
    }
}
