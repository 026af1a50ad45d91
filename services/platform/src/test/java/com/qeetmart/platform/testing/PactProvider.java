package com.qeetmart.platform.testing;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Makes a service's API test a Pact provider test: every interaction of every pact naming the
 * service (annotate the class with {@code @Provider} and {@code @PactFolder("../../target/pacts")})
 * is replayed against the service on its test port, after the class's {@code @State} methods have
 * set the data up. A change that breaks what a consumer relies on fails the build.
 */
public interface PactProvider {

    /** A valid access token: pacts carry placeholders, which the verification replaces with it. */
    String providerAccessToken();

    // The service under test comes from the @MicronautTest context.
    @BeforeEach
    default void pactTarget(PactVerificationContext context, EmbeddedServer server) {
        context.setTarget(new HttpTestTarget("127.0.0.1", server.getPort()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    default void honoursEveryConsumersPact(PactVerificationContext context, HttpRequest request) {
        // A bearer placeholder is replaced; other credentials (an application's HTTP Basic at the
        // token endpoint) are the pact's own, and the provider state stores them.
        if (request.containsHeader("Authorization")
                && request.getFirstHeader("Authorization").getValue().regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.setHeader("Authorization", "Bearer " + providerAccessToken());
        }
        context.verifyInteraction();
    }
}
