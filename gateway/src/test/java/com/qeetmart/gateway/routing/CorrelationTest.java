package com.qeetmart.gateway.routing;

import com.qeetmart.gateway.support.GatewayClient;
import com.qeetmart.gateway.support.GatewayTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class CorrelationTest extends GatewayTest {

    @Test
    void aCallersCorrelationIdTravelsToTheServiceAndBack() {
        HttpResponse<String> response = gateway.get("/api/v1/products", "x-correlation-id", "order-flow-7");

        Map<String, Object> headers = headers(response);
        assertEquals("order-flow-7", headers.get("x-correlation-id"));
        assertEquals("order-flow-7", headers.get("x-request-id"));
        assertEquals(1, response.headers().allValues("x-correlation-id").size());
        assertEquals("order-flow-7", response.headers().firstValue("x-correlation-id").orElseThrow());
    }

    @Test
    void withoutOneTheGatewayCreatesItAndStartsATrace() {
        HttpResponse<String> response = gateway.get("/api/v1/products");

        String id = response.headers().firstValue("x-correlation-id").orElseThrow();
        Map<String, Object> headers = headers(response);
        assertEquals(id, headers.get("x-correlation-id"));
        String traceparent = (String) headers.get("traceparent");
        assertTrue(traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"), traceparent);
    }

    @Test
    void aCallersTraceGoesOnWithTheGatewayAsANewSpan() {
        String incoming = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        String forwarded = (String) headers(gateway.get("/api/v1/products", "traceparent", incoming)).get("traceparent");

        assertTrue(forwarded.matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01"), forwarded);
        assertNotEquals("00f067aa0ba902b7", forwarded.substring(36, 52));
    }

    @Test
    void anUnusableCorrelationIdIsReplaced() {
        HttpResponse<String> response = gateway.get("/api/v1/products", "x-correlation-id", "has spaces <and> brackets");

        String id = response.headers().firstValue("x-correlation-id").orElseThrow();
        assertNotEquals("has spaces <and> brackets", id);
        assertEquals(id, headers(response).get("x-correlation-id"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headers(HttpResponse<String> response) {
        return (Map<String, Object>) GatewayClient.json(response).get("headers");
    }
}
