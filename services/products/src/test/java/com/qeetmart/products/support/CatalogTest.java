package com.qeetmart.products.support;

import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.testing.FreePort;
import com.qeetmart.platform.testing.TestIssuer;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.ThrowingSupplier;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Base of the catalog's API tests: the real service on a real port, its own PostgreSQL database
 * (emptied before each test), a test issuer standing in for auth's JWKS, and the generated client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CatalogTest implements TestPropertyProvider {

    protected static final TestIssuer ISSUER = new TestIssuer();

    @Inject
    protected CallerToken caller;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        int port = FreePort.find();
        return Map.of(
                "micronaut.server.port", String.valueOf(port),
                "micronaut.http.services.products.url", "http://127.0.0.1:" + port,
                "datasources.default.url", System.getProperty("products.test.db.url",
                        "jdbc:postgresql://127.0.0.1:5432/product_test"),
                "micronaut.security.token.jwt.signatures.jwks.auth.url", ISSUER.jwksUrl());
    }

    @BeforeEach
    void emptyCatalog() {
        caller.clear();
        sql(statement -> statement.executeUpdate("TRUNCATE product_variant, product, category"));
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

    /**
     * Runs a call that must fail with {@code status}, and returns the problem+json body it
     * answered with. (The client raises 4xx/5xx as exceptions, except 404, which it returns.)
     */
    protected static Problem problemOf(int status, ThrowingSupplier<HttpResponse<?>> call) {
        HttpResponse<?> response;
        try {
            response = call.get();
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        } catch (Throwable t) {
            throw new AssertionError("expected an HTTP " + status + " answer", t);
        }
        HttpResponse<?> answer = response;
        assertEquals(status, answer.getStatus().getCode(), () -> "body: " + answer.getBody(String.class));
        assertEquals("application/problem+json", answer.getContentType().orElseThrow().toString());
        Problem problem = answer.getBody(Problem.class).orElseThrow();
        assertEquals(status, problem.getStatus());
        assertEquals(answer.header("x-correlation-id"), problem.getCorrelationId());
        return problem;
    }

    protected long count(String query) {
        return sql(statement -> {
            try (ResultSet rs = statement.executeQuery(query)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Bulk rows straight in SQL, for tests about large results. */
    protected void insertActiveProducts(int count, String name) {
        sql(statement -> statement.executeUpdate("""
                INSERT INTO product (id, name, status, price_amount, price_currency, version, created_at, updated_at)
                SELECT gen_random_uuid(), '%s ' || i, 'ACTIVE', 1, 'EUR', 1, now(), now()
                  FROM generate_series(1, %d) i""".formatted(name.replace("'", "''"), count)));
        sql(statement -> statement.execute("ANALYZE product"));
    }

    private interface StatementWork<T> {
        T run(Statement statement) throws SQLException;
    }

    private <T> T sql(StatementWork<T> work) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = c.createStatement()) {
            return work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
