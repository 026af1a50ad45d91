package com.qeetmart.platform.security;

import com.qeetmart.platform.testing.TestIssuer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A token arriving while the key set is still being fetched (a service just started, or auth just
 * rotated its key) is accepted once the fetch completes: the validator waits for it without
 * holding the request's thread, and the request then goes on as any other.
 */
class KeyNotHereYetTest {

    static final TestIssuer ISSUER = new TestIssuer();

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    @Test
    void aTokenSentWhileTheKeysAreOnTheirWayIsAccepted() {
        ISSUER.answerJwksAfter(Duration.ofMillis(1500)); // under the 2 s fetch timeout
        UUID user = UUID.randomUUID();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                     "key-not-here-yet-test", "true",
                     "qeetmart.security.jwks-url", ISSUER.jwksUrl()));
             HttpClient http = HttpClient.create(server.getURL())) {
            long started = System.nanoTime();
            String caller = http.toBlocking().retrieve(HttpRequest.GET("/whoami").bearerAuth(ISSUER.accessToken(user)));
            long tookMillis = (System.nanoTime() - started) / 1_000_000;

            assertEquals(user.toString(), caller);
            // Otherwise the keys were already here and this test did not test the wait.
            assertTrue(tookMillis >= 500, "the request came after the fetch (" + tookMillis + " ms)");
            assertEquals(1, ISSUER.jwksRequests(), "the request waited for the fetch under way, it did not start another");
        }
    }

    @Controller("/whoami")
    @Requires(property = "key-not-here-yet-test", value = "true")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    static class WhoAmI {
        @Get(produces = "text/plain")
        String whoAmI(Principal principal) {
            return principal.getName();
        }
    }
}
