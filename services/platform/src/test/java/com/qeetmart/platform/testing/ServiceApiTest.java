package com.qeetmart.platform.testing;

import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.testing.RawHttp.Answer;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.ThrowingSupplier;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Base of every service's API tests: the real service on a real port (its management port beside
 * it), its own PostgreSQL database emptied before each test, the generated client pointed at it,
 * and the caller's token chosen per test. A service's base says which database and tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceApiTest implements TestPropertyProvider {

    /** The management port (/health, /prometheus), a free one per test class. */
    protected final int managementPort = FreePort.find();
    /** The API's port, chosen when the service's properties are. */
    protected int port;

    @Inject
    protected CallerToken caller;
    @Inject
    protected JsonMapper json;

    private final String service;
    private final TestDatabase database;
    private final String tables;

    /** {@code tables}: what TRUNCATE empties before each test, comma-separated. */
    protected ServiceApiTest(String service, TestDatabase database, String tables) {
        this.service = service;
        this.database = database;
        this.tables = tables;
    }

    @Override
    public final Map<String, String> getProperties() {
        port = FreePort.find();
        Map<String, String> properties = new HashMap<>(Map.of(
                "micronaut.server.port", String.valueOf(port),
                "endpoints.all.port", String.valueOf(managementPort),
                "micronaut.http.services." + service + ".url", "http://127.0.0.1:" + port,
                "datasources.default.url", database.url(),
                // Racing tests put a hundred requests on two cores: none may fail by the client's 10 s.
                "micronaut.http.client.read-timeout", "60s"));
        properties.putAll(serviceProperties());
        properties.putAll(extraProperties());
        return properties;
    }

    /** What every test of the service needs on top of the defaults (a service's base says). */
    protected Map<String, String> serviceProperties() {
        return Map.of();
    }

    /** What one test class changes (e.g. a lower limit). */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    /** The settings that make a service trust {@code issuer}'s tokens and hear its revocations. */
    protected static Map<String, String> trusting(TestIssuer issuer) {
        return Map.of("qeetmart.security.jwks-url", issuer.jwksUrl(),
                "qeetmart.security.revocations.url", issuer.revocationsUrl());
    }

    /** Tests meet the service as a client would: after its warm-up. */
    @BeforeAll
    void awaitReady() {
        Readiness.await(managementPort);
    }

    @BeforeEach
    void emptyDatabase() {
        caller.clear();
        database.truncate(tables);
    }

    /** A connection to the API's port, for what no generated client sends (raw bytes, pipelining). */
    protected RawHttp raw() throws IOException {
        return new RawHttp(port);
    }

    /** The answer to one raw request, sent on a connection of its own. */
    protected Answer answerTo(String request) throws IOException {
        try (RawHttp http = raw()) {
            return http.send(request).read(1).get(0);
        }
    }

    protected Problem problemIn(Answer answer) throws IOException {
        return json.readValue(answer.body(), Problem.class);
    }

    protected static Problem problemOf(int status, ThrowingSupplier<HttpResponse<?>> call) {
        return ProblemAssertions.problemOf(status, call);
    }
}
