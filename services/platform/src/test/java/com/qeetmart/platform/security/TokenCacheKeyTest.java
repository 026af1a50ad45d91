package com.qeetmart.platform.security;

import com.qeetmart.platform.testing.TestIssuer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The verified-token cache is keyed by the end of a token (its signature), for speed: a token
 * that shares a remembered token's signature but not its claims (someone else's id pasted into a
 * captured token) is checked in full, and refused.
 */
class TokenCacheKeyTest {

    static final TestIssuer ISSUER = new TestIssuer();

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    @Test
    void aTokenWithARememberedSignatureButOtherClaimsIsRefused() {
        UUID user = UUID.randomUUID();
        UUID victim = UUID.randomUUID();
        String token = ISSUER.accessToken(user);
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace(user.toString(), victim.toString()).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                     "token-cache-key-test", "true",
                     "qeetmart.security.jwks-url", ISSUER.jwksUrl()));
             HttpClient http = HttpClient.create(server.getURL())) {
            assertEquals(user.toString(), http.toBlocking().retrieve(HttpRequest.GET("/whoami-cached").bearerAuth(token)));

            HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                    () -> http.toBlocking().retrieve(HttpRequest.GET("/whoami-cached").bearerAuth(forged)));

            assertEquals(401, refused.getStatus().getCode());
            assertEquals(user.toString(), http.toBlocking().retrieve(HttpRequest.GET("/whoami-cached").bearerAuth(token)),
                    "the remembered token is still good");
        }
    }

    @Controller("/whoami-cached")
    @Requires(property = "token-cache-key-test", value = "true")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    static class WhoAmI {
        @Get(produces = "text/plain")
        String whoAmI(Principal principal) {
            return principal.getName();
        }
    }
}
