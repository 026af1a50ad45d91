package com.qeetmart.gateway.support;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Asserts an answer is the problem+json error a client is promised, and returns its body. */
public final class ProblemResponse {

    private ProblemResponse() {
    }

    public static Map<String, Object> assertProblem(HttpResponse<String> response, int status, String type, String code) {
        assertEquals(status, response.statusCode(), response::body);
        assertEquals("application/problem+json", response.headers().firstValue("content-type").orElse(null));
        Map<String, Object> problem = GatewayClient.json(response);
        assertEquals(status, ((Number) problem.get("status")).intValue());
        assertEquals(type, problem.get("type"));
        assertEquals(code, problem.get("code"));
        assertEquals(response.headers().firstValue("x-correlation-id").orElseThrow(), problem.get("correlationId"));
        return problem;
    }
}
