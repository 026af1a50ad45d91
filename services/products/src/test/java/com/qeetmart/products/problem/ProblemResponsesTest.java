package com.qeetmart.products.problem;

import com.qeetmart.common.api.model.FieldError;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever a client sends, the answer is a 4xx problem+json that says what was wrong. */
@MicronautTest(transactional = false)
class ProblemResponsesTest extends CatalogTest {

    @Inject
    @Client("/")
    HttpClient http;

    private Problem send(int status, MutableHttpRequest<?> request) {
        return problemOf(status, () -> http.toBlocking().exchange(request, String.class));
    }

    private static MutableHttpRequest<String> postProduct(String json) {
        return HttpRequest.POST("/products", json).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Test
    void bodyBreakingTheSchemaIs400ListingEachBadField() {
        String json = """
                {"name": "", "price": {"amount": "-3", "currency": "euro"}, "brand": "%s"}"""
                .formatted("b".repeat(101));
        Problem problem = send(400, postProduct(json).bearerAuth(ISSUER.adminToken()));

        assertEquals("/problems/validation-failed", problem.getType());
        assertEquals("VALIDATION_FAILED", problem.getCode());
        assertEquals(List.of("brand", "name", "price.amount", "price.currency"),
                problem.getErrors().stream().map(FieldError::getField).toList());
        assertEquals(0, count("SELECT count(*) FROM product"));
    }

    @ParameterizedTest
    @MethodSource("unusedManagementEndpoints")
    void managementEndpointsNotInUseAreNotThereEvenForAnAdmin(String path) throws Exception {
        Problem problem = send(404, HttpRequest.GET(path).bearerAuth(ISSUER.adminToken()));
        assertEquals("NOT_FOUND", problem.getCode());
        try (var management = io.micronaut.http.client.HttpClient.create(
                java.net.URI.create("http://127.0.0.1:" + managementPort).toURL())) {
            var there = assertThrows(io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                    () -> management.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(ISSUER.adminToken())));
            assertEquals(404, there.code());
        }
    }

    static Stream<String> unusedManagementEndpoints() {
        return Stream.of("/beans", "/routes", "/info", "/metrics", "/loggers", "/env", "/refresh", "/threaddump");
    }

    @Test
    void missingRequiredFieldsAreListed() {
        Problem problem = send(400, postProduct("{}").bearerAuth(ISSUER.adminToken()));
        assertEquals(List.of("name", "price"), problem.getErrors().stream().map(FieldError::getField).toList());
    }

    @Test
    void malformedJsonIs400WithoutLeakingParserDetails() {
        Problem problem = send(400, postProduct("{\"name\": ").bearerAuth(ISSUER.adminToken()));
        assertEquals("MALFORMED_REQUEST", problem.getCode());
        assertEquals("/problems/malformed-request", problem.getType());
        assertFalse(problem.toString().contains("com.") || problem.toString().contains("Exception"), problem.toString());
    }

    @Test
    void wrongJsonTypeIs400() {
        Problem problem = send(400, postProduct("{\"name\": \"x\", \"price\": 12}").bearerAuth(ISSUER.adminToken()));
        assertEquals(400, problem.getStatus());
        assertFalse(problem.toString().contains("Exception"));
    }

    @Test
    void badQueryParametersAre400NamingThem() {
        assertEquals("size", send(400, HttpRequest.GET("/products?size=0")).getErrors().get(0).getField());
        assertEquals("minPrice", send(400, HttpRequest.GET("/products?minPrice=cheap")).getErrors().get(0).getField());
        assertEquals("sort", send(400, HttpRequest.GET("/products?sort=random")).getErrors().get(0).getField());
        assertEquals("productId", send(400, HttpRequest.GET("/products/not-a-uuid")).getErrors().get(0).getField());
    }

    @Test
    void unknownRouteIs404AndWrongMethodIs405() {
        assertEquals("/problems/not-found", send(404, HttpRequest.GET("/no-such-thing")).getType());
        assertEquals("METHOD_NOT_ALLOWED", send(405, HttpRequest.PATCH("/products", "{}")).getCode());
    }

    @Test
    void nonJsonBodyIs415() {
        Problem problem = send(415, HttpRequest.POST("/products", "name=x")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).bearerAuth(ISSUER.adminToken()));
        assertEquals("/problems/unsupported-media-type", problem.getType());
    }

    @Test
    void bodyOverOneMegabyteIs413() {
        String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        assertEquals("PAYLOAD_TOO_LARGE", send(413, postProduct(huge).bearerAuth(ISSUER.adminToken())).getCode());
    }

    @Test
    void problemsAreJsonEvenWhenTheClientAsksForHtml() {
        send(404, HttpRequest.GET("/no-such-thing").accept(MediaType.TEXT_HTML_TYPE));
    }

    static Stream<String> badTokens() {
        return Stream.of(ISSUER.expiredToken(), ISSUER.tamperedToken(), ISSUER.unsignedToken(),
                ISSUER.refreshToken(), ISSUER.foreignToken(), "not-a-jwt");
    }

    @ParameterizedTest
    @MethodSource("badTokens")
    void badTokensAre401(String token) {
        Problem problem = send(401, postProduct("{\"name\": \"x\", \"price\": {\"amount\": \"1\", \"currency\": \"EUR\"}}")
                .bearerAuth(token));
        assertEquals("/problems/unauthorized", problem.getType());
        assertEquals(0, count("SELECT count(*) FROM product"));
    }

    @Test
    void correlationIdIsEchoedWhenSaneAndReplacedWhenNot() {
        var echoed = http.toBlocking().exchange(HttpRequest.GET("/products").header("x-correlation-id", "abc-123"));
        assertEquals("abc-123", echoed.header("x-correlation-id"));

        var replaced = http.toBlocking().exchange(HttpRequest.GET("/products")
                .header("x-correlation-id", "bad id\twith spaces"));
        assertNotEquals("bad id\twith spaces", replaced.header("x-correlation-id"));
        assertEquals(36, replaced.header("x-correlation-id").length());

        Problem problem = send(404, HttpRequest.GET("/nothing").header("x-correlation-id", "trace-42"));
        assertEquals("trace-42", problem.getCorrelationId());
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortOnlyAndTheAPIIsNotThere() throws Exception {
        assertEquals("NOT_FOUND", send(404, HttpRequest.GET("/health").bearerAuth(ISSUER.adminToken())).getCode());
        assertEquals("NOT_FOUND", send(404, HttpRequest.GET("/prometheus").bearerAuth(ISSUER.adminToken())).getCode());
        try (var management = io.micronaut.http.client.HttpClient.create(
                java.net.URI.create("http://127.0.0.1:" + managementPort).toURL())) {
            assertEquals("{\"status\":\"UP\"}", management.toBlocking().retrieve("/health"));
            assertTrue(management.toBlocking().retrieve("/prometheus").contains("jvm_memory_used_bytes"));
            var api = assertThrows(io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                    () -> management.toBlocking().exchange(HttpRequest.GET("/products"), String.class));
            assertEquals(404, api.code());
            assertEquals("application/problem+json", api.getResponse().getContentType().orElseThrow().toString());
        }
    }
}
