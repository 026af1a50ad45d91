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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void aTokenSentWhileTheKeysAreOnTheirWayIsAccepted() throws Exception {
        ISSUER.holdJwks(); // auth is slow: the service starts without its keys
        UUID user = UUID.randomUUID();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                     "key-not-here-yet-test", "true",
                     "qeetmart.security.jwks-url", ISSUER.jwksUrl()));
             HttpClient http = HttpClient.create(server.getURL())) {
            CompletableFuture<String> caller = CompletableFuture.supplyAsync(() ->
                    http.toBlocking().retrieve(HttpRequest.GET("/whoami").bearerAuth(ISSUER.accessToken(user))));
            // The request cannot be answered while the keys are held back (a 401 would be).
            assertThrows(TimeoutException.class, () -> caller.get(300, TimeUnit.MILLISECONDS));
            ISSUER.releaseJwks();

            assertEquals(user.toString(), caller.get(10, TimeUnit.SECONDS));
        } finally {
            ISSUER.releaseJwks();
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
