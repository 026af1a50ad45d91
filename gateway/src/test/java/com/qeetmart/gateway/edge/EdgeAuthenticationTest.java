package com.qeetmart.gateway.edge;

import com.qeetmart.gateway.support.GatewayClient;
import com.qeetmart.gateway.support.GatewayTest;
import com.qeetmart.platform.testing.Eventually;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static com.qeetmart.gateway.support.ProblemResponse.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class EdgeAuthenticationTest extends GatewayTest {

    @ParameterizedTest
    @CsvSource({
            "POST, /api/v1/auth/register", "POST, /api/v1/auth/login", "POST, /api/v1/auth/refresh",
            "POST, /api/v1/auth/password-reset", "POST, /api/v1/auth/password-reset/confirm",
            "GET, /api/v1/auth/.well-known/jwks.json", "GET, /api/v1/products", "GET, /api/v1/products/p1",
            "HEAD, /api/v1/products/p1", "GET, /api/v1/products/p1/variants/v1", "GET, /api/v1/categories",
            "GET, /api/v1/categories/c1",
            // OAuth's token endpoint: the client authenticates there with HTTP Basic, checked by auth.
            "POST, /api/v1/auth/oauth2/token"})
    void theContractsPublicOperationsNeedNoToken(String method, String path) {
        HttpResponse<String> response = gateway.send(method, path, method.equals("POST") ? "{}" : null,
                "Content-Type", "application/json");

        assertEquals(200, response.statusCode(), response::body);
    }

    @ParameterizedTest
    @CsvSource({
            "GET, /api/v1/users/me", "GET, /api/v1/auth/me", "POST, /api/v1/auth/logout", "POST, /api/v1/products",
            "PUT, /api/v1/products/p1", "DELETE, /api/v1/categories/c1", "GET, /api/v1/inventory/p1",
            "POST, /api/v1/inventory/reservations", "GET, /api/v1/products/p1/unknown-sub-resource"})
    void everythingElseNeedsAnAccessToken(String method, String path) {
        HttpResponse<String> response = gateway.send(method, path, method.equals("POST") ? "{}" : null,
                "Content-Type", "application/json");

        assertProblem(response, 401, "/problems/unauthorized", "UNAUTHORIZED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired", "tampered", "unsigned", "refresh", "foreign", "unknownKid", "garbage"})
    void aTokenTheGatewayCannotTrustIsRefused(String kind) {
        String token = switch (kind) {
            case "expired" -> ISSUER.expiredToken();
            case "tampered" -> ISSUER.tamperedToken();
            case "unsigned" -> ISSUER.unsignedToken();
            case "refresh" -> ISSUER.refreshToken();
            case "foreign" -> ISSUER.foreignToken();
            case "unknownKid" -> ISSUER.unknownKidToken();
            default -> "not.a.jwt";
        };

        HttpResponse<String> response = gateway.get("/api/v1/users/me", "Authorization", "Bearer " + token);

        assertProblem(response, 401, "/problems/unauthorized", "UNAUTHORIZED");
    }

    @Test
    void aTokenThatWorkedIsRefusedOnceItExpires() {
        Instant expiry = Instant.now().plusSeconds(5);
        String token = ISSUER.accessTokenExpiringIn(Duration.ofSeconds(5), "USER");
        int first = gateway.get("/api/v1/users/me", "Authorization", "Bearer " + token).statusCode();
        if (Instant.now().isBefore(expiry.minusSeconds(1))) {
            assertEquals(200, first, "accepted (and remembered) while it is valid");
        }

        Eventually.await("the token to be refused once it expired", Duration.ofSeconds(15),
                () -> gateway.get("/api/v1/users/me", "Authorization", "Bearer " + token).statusCode() == 401);
        assertTrue(!Instant.now().isBefore(expiry.minusSeconds(1)), "refused only once expired (JWT expiry has whole seconds)");
        assertProblem(gateway.get("/api/v1/users/me", "Authorization", "Bearer " + token),
                401, "/problems/unauthorized", "UNAUTHORIZED");
    }

    @Test
    void aTamperedCopyOfAnAcceptedTokenIsStillRefused() {
        String token = ISSUER.userToken();
        assertEquals(200, gateway.get("/api/v1/users/me", "Authorization", "Bearer " + token).statusCode());
        String[] parts = token.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertProblem(gateway.get("/api/v1/users/me", "Authorization", "Bearer " + otherSignature),
                401, "/problems/unauthorized", "UNAUTHORIZED");
    }

    @Test
    void aPublicOperationStillForwardsTheCallersToken() {
        String token = ISSUER.adminToken();

        HttpResponse<String> response = gateway.get("/api/v1/products", "Authorization", "Bearer " + token);

        assertEquals("Bearer " + token, headerSeenUpstream(response, "authorization"));
    }

    @SuppressWarnings("unchecked")
    private static String headerSeenUpstream(HttpResponse<String> response, String name) {
        return (String) ((java.util.Map<String, Object>) GatewayClient.json(response).get("headers")).get(name);
    }
}
