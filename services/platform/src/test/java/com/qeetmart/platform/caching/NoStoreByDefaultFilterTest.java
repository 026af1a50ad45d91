package com.qeetmart.platform.caching;

import com.qeetmart.platform.errors.NotFoundException;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers that do not choose a cache rule are never stored; answers that choose one keep it. */
@MicronautTest
@Property(name = "no-store-test", value = "true")
@Property(name = "qeetmart.security.jwks-url", value = "http://127.0.0.1:9/unused")
class NoStoreByDefaultFilterTest {

    @Inject
    @Client("/")
    HttpClient http;

    /** The answer to a GET, whatever its status. */
    private HttpResponse<?> answerTo(String path) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET(path), Map.class);
        } catch (HttpClientResponseException refused) {
            return refused.getResponse();
        }
    }

    @Test
    void anAnswerWithoutACacheRuleIsNoStore() {
        assertEquals("no-store", answerTo("/cache-probe/personal").header(HttpHeaders.CACHE_CONTROL));
    }

    @Test
    void anAnswerThatSetsItsOwnCacheRuleKeepsIt() {
        assertEquals("public, max-age=5", answerTo("/cache-probe/public").header(HttpHeaders.CACHE_CONTROL));
    }

    @Test
    void problemAnswersAreNoStore() {
        HttpResponse<?> missing = answerTo("/cache-probe/missing");
        assertEquals(404, missing.code());
        assertEquals("no-store", missing.header(HttpHeaders.CACHE_CONTROL));

        HttpResponse<?> noRoute = answerTo("/no-such-route");
        // An unknown route is refused before routing (401 for an anonymous caller): no-store too.
        assertTrue(noRoute.code() >= 400);
        assertEquals("no-store", noRoute.header(HttpHeaders.CACHE_CONTROL));
    }

    @Test
    void securityRejectionsAreNoStore() {
        HttpResponse<?> rejected = answerTo("/cache-probe/secured");
        assertEquals(401, rejected.code());
        assertEquals("no-store", rejected.header(HttpHeaders.CACHE_CONTROL));
    }

    @Controller("/cache-probe")
    @Requires(property = "no-store-test", value = "true")
    static class CacheProbe {

        @Get("/personal")
        @Secured(SecurityRule.IS_ANONYMOUS)
        Map<String, String> personal() {
            return Map.of("email", "someone@example.com");
        }

        @Get("/public")
        @Secured(SecurityRule.IS_ANONYMOUS)
        HttpResponse<Map<String, String>> publicRead() {
            return HttpResponse.ok(Map.of("name", "shoe")).header(HttpHeaders.CACHE_CONTROL, "public, max-age=5");
        }

        @Get("/missing")
        @Secured(SecurityRule.IS_ANONYMOUS)
        Map<String, String> missing() {
            throw new NotFoundException("Product", UUID.randomUUID());
        }

        @Get("/secured")
        @Secured(SecurityRule.IS_AUTHENTICATED)
        Map<String, String> secured() {
            return Map.of();
        }
    }
}
