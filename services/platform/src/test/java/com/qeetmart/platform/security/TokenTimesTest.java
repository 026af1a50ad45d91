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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Through the real verifier (JWKS, signature, claims validators) of a running service: a token
 * correctly signed by auth's key is still refused unless its times say it is valid now.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenTimesTest {

    final TestIssuer issuer = new TestIssuer();
    EmbeddedServer server;
    HttpClient http;

    @BeforeAll
    void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("token-times-test", "true",
                "qeetmart.security.jwks-url", issuer.jwksUrl(), "qeetmart.security.token-cache.max-entries", "0"));
        http = HttpClient.create(server.getURL());
    }

    @AfterAll
    void stop() {
        http.close();
        server.close();
        issuer.close();
    }

    private int statusWith(String token) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET("/token-times-probe").bearerAuth(token)).code();
        } catch (HttpClientResponseException refused) {
            return refused.code();
        }
    }

    private static Date in(String offset) {
        return Date.from(Instant.now().plus(Duration.parse(offset)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "valid for 15 minutes,                 PT15M,  ,       ,       200",
            "expires within the lifetime and skew, PT15M50S, ,     ,       200",
            "valid from 30 s ahead (clock skew),   PT15M,  PT30S,  ,       200",
            "no expiry,                            ,       ,       ,       401",
            "expires in two hours,                 PT2H,   ,       ,       401",
            "expired a minute ago,                 -PT1M,  ,       ,       401",
            "valid only from 10 minutes ahead,     PT15M,  PT10M,  ,       401",
            "issued 10 minutes ahead,              PT15M,  ,       PT10M,  401",
    })
    void aCorrectlySignedTokenIsAcceptedOnlyWhenItsTimesSayItIsValidNow(String what, String expires, String notBefore,
                                                                       String issued, int status) {
        String token = issuer.accessTokenWith(claims -> claims
                .expirationTime(expires == null ? null : in(expires))
                .notBeforeTime(notBefore == null ? null : in(notBefore))
                .issueTime(issued == null ? new Date() : in(issued)));

        assertEquals(status, statusWith(token), what);
    }

    @Controller("/token-times-probe")
    @Requires(property = "token-times-test", value = "true")
    static class Probe {
        @Get
        @Secured(SecurityRule.IS_AUTHENTICATED)
        String get() {
            return "ok";
        }
    }
}
