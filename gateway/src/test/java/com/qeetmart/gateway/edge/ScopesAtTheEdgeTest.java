package com.qeetmart.gateway.edge;

import com.qeetmart.gateway.support.GatewayTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static com.qeetmart.gateway.support.ProblemResponse.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner application's token at the edge: the operations its scopes open go through, anything
 * else is refused before it reaches a service (scopes read from the contracts' security).
 */
@MicronautTest
class ScopesAtTheEdgeTest extends GatewayTest {

    private final UUID clientId = UUID.randomUUID();

    @Test
    void anOperationTheApplicationsScopeOpensGoesThrough() {
        String token = ISSUER.applicationToken(clientId, "catalog:write");
        assertEquals(200, gateway.send("POST", "/api/v1/categories", "{}", "Authorization", "Bearer " + token,
                "Content-Type", "application/json").statusCode());
    }

    @Test
    void anotherScopeIsRefusedAtTheEdgeNamingTheOneThatOpensIt() {
        String token = ISSUER.applicationToken(clientId, "inventory:write");
        HttpResponse<String> response = gateway.send("POST", "/api/v1/categories", "{}", "Authorization", "Bearer " + token,
                "Content-Type", "application/json");

        assertProblem(response, 403, "/problems/insufficient-scope", "INSUFFICIENT_SCOPE");
        assertEquals("Bearer error=\"insufficient_scope\", scope=\"catalog:write\"",
                response.headers().firstValue("WWW-Authenticate").orElse(null));
        assertTrue(products.requestedPaths().stream().noneMatch(path -> path.equals("/categories")), "nothing reached the service");
    }

    @Test
    void anOperationForPeopleOnlyIsRefusedToAnApplication() {
        HttpResponse<String> response = gateway.get("/api/v1/users/me",
                "Authorization", "Bearer " + ISSUER.applicationToken(clientId, "catalog:write", "inventory:write"));

        assertProblem(response, 403, "/problems/insufficient-scope", "INSUFFICIENT_SCOPE");
        assertEquals("Bearer error=\"insufficient_scope\"", response.headers().firstValue("WWW-Authenticate").orElse(null));
    }

    @Test
    void peopleAndPublicReadsAreNotTheEdgesToJudgeByScope() {
        assertEquals(200, gateway.send("POST", "/api/v1/categories", "{}", "Authorization", "Bearer " + ISSUER.userToken(),
                "Content-Type", "application/json").statusCode(), "a person's roles are the service's to judge");
        assertEquals(200, gateway.get("/api/v1/products", "Authorization",
                "Bearer " + ISSUER.applicationToken(clientId, "inventory:write")).statusCode());
    }
}
