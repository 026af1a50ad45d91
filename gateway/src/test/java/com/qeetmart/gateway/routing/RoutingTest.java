package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.support.GatewayClient;
import com.qeetmart.gateway.support.GatewayTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.Map;

import static com.qeetmart.gateway.support.ProblemResponse.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class RoutingTest extends GatewayTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/auth/.well-known/jwks.json, auth, /auth/.well-known/jwks.json",
            "/api/v1/products/8f1c/variants, products, /products/8f1c/variants",
            "/api/v1/categories, products, /categories",
            "/api/v1/categories/c1, products, /categories/c1"})
    void eachPublicRouteReachesItsServiceUnderTheServicesOwnPath(String path, String service, String upstreamPath) {
        Map<String, Object> echo = GatewayClient.json(gateway.get(path));

        assertEquals(service, echo.get("service"));
        assertEquals(upstreamPath, echo.get("path"));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/users/me, users, /users/me",
            "/api/v1/inventory/p1, inventory, /inventory/p1",
            "/api/v1/auth/me, auth, /auth/me"})
    void eachProtectedRouteReachesItsServiceWithTheCallersToken(String path, String service, String upstreamPath) {
        String token = ISSUER.userToken();

        HttpResponse<String> response = gateway.get(path, "Authorization", "Bearer " + token);

        assertEquals(200, response.statusCode(), response::body);
        Map<String, Object> echo = GatewayClient.json(response);
        assertEquals(service, echo.get("service"));
        assertEquals(upstreamPath, echo.get("path"));
        assertEquals("Bearer " + token, headers(echo).get("authorization"));
    }

    @Test
    void methodQueryBodyAndEndToEndHeadersArePassedOnUnchanged() {
        String body = "{\"name\":\"Trail runner\",\"price\":{\"amount\":\"9.90\",\"currency\":\"EUR\"}}";

        HttpResponse<String> response = gateway.send("PUT", "/api/v1/products/p1?expand=variants&q=a%20b", body,
                "Authorization", "Bearer " + ISSUER.adminToken(), "Content-Type", "application/json",
                "If-Match", "\"3\"", "Idempotency-Key", "key-1");

        Map<String, Object> echo = GatewayClient.json(response);
        assertEquals("PUT", echo.get("method"));
        assertEquals("/products/p1", echo.get("path"));
        assertEquals("expand=variants&q=a%20b", echo.get("query"));
        assertEquals(body, echo.get("body"));
        assertEquals("\"3\"", headers(echo).get("if-match"));
        assertEquals("key-1", headers(echo).get("idempotency-key"));
        assertEquals("application/json", headers(echo).get("content-type"));
        assertEquals("products", response.headers().firstValue("x-served-by").orElseThrow());
    }

    @Test
    void theServiceLearnsTheClientAddressAndTheGatewaysPrefix() {
        // The test client is not a trusted proxy: the address it claims to forward for is dropped.
        Map<String, Object> echo = GatewayClient.json(gateway.get("/api/v1/products", "X-Forwarded-For", "6.6.6.6"));

        Map<String, Object> headers = headers(echo);
        assertEquals("127.0.0.1", headers.get("x-forwarded-for"));
        assertEquals("http", headers.get("x-forwarded-proto"));
        assertEquals("127.0.0.1:" + gateway.port(), headers.get("x-forwarded-host"));
        assertEquals("/api/v1", headers.get("x-forwarded-prefix"));
    }

    @Test
    void hopByHopHeadersAreNotPassedOnEitherWay() {
        String answer = gateway.raw("GET /api/v1/products HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close, X-Client-Secret\r\nX-Client-Secret: for-the-gateway-only\r\n"
                + "Proxy-Authorization: Basic Zm9vOmJhcg==\r\nKeep-Alive: timeout=5\r\n\r\n", null);

        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertFalse(body.contains("x-client-secret"), body);
        assertFalse(body.contains("proxy-authorization"), body);
        assertFalse(body.contains("\"keep-alive\":"), body);
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
        assertTrue(head.contains("x-served-by: products"), head);
        assertFalse(head.contains("x-upstream-secret"), head);
    }

    @Test
    void aClientsAcceptEncodingGoesOnWithoutWhatNoServiceAnswersWith() {
        // A plain request's lines go upstream as they came, unless a stage changed its headers first.
        String answer = gateway.raw("GET /api/v1/products HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept-Encoding: *, snappy\r\nX-Kept: as-sent\r\nConnection: close\r\n\r\n", null);

        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertTrue(body.contains("\"accept-encoding\":\"gzip\""), body);
        assertTrue(body.contains("\"x-kept\":\"as-sent\""), body);
    }

    @Test
    void aCreatedResourcesLocationIsTheGatewaysPath() {
        HttpResponse<String> response = gateway.send("POST", "/api/v1/categories/created", "{}",
                "Authorization", "Bearer " + ISSUER.adminToken(), "Content-Type", "application/json");

        assertEquals(201, response.statusCode());
        assertEquals("/api/v1/categories/42", response.headers().firstValue("location").orElseThrow());
    }

    @Test
    void aPathThatClimbsOutOfItsRouteGroupIsRefused() {
        HttpResponse<String> response = gateway.get("/api/v1/products/%2e%2e/users/me",
                "Authorization", "Bearer " + ISSUER.userToken());

        assertProblem(response, 400, "/problems/malformed-request", "MALFORMED_REQUEST");
    }

    @Test
    void anUnknownRouteGroupIsNotFound() {
        assertProblem(gateway.get("/api/v1/orders/1"), 404, "/problems/not-found", "NOT_FOUND");
        assertProblem(gateway.get("/api/v2/products"), 404, "/problems/not-found", "NOT_FOUND");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headers(Map<String, Object> echo) {
        return (Map<String, Object>) echo.get("headers");
    }
}
