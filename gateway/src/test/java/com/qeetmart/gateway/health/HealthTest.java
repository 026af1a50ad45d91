package com.qeetmart.gateway.health;

import com.qeetmart.gateway.client.HealthApi;
import com.qeetmart.gateway.api.model.GatewayHealth;
import com.qeetmart.gateway.api.model.GatewayHealthStatus;
import com.qeetmart.gateway.api.model.OverallStatus;
import com.qeetmart.gateway.api.model.ServiceHealth;
import com.qeetmart.gateway.api.model.ServiceHealthStatus;
import com.qeetmart.gateway.api.model.ServicesHealth;
import com.qeetmart.gateway.support.GatewayTest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class HealthTest extends GatewayTest {

    @Inject
    HealthApi health;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("micronaut.http.services.gateway.url", "http://127.0.0.1:" + gateway.port());
        properties.put("qeetmart.gateway.health-max-age", "0s"); // each test sees the services as they are now
        return properties;
    }

    @AfterEach
    void everyServiceHealthyAgain() {
        products.health(200, 0);
        inventory.health(200, 0);
    }

    @Test
    void theGatewaySaysItIsUpWithoutAskingAnyService() {
        products.health(503, 0);

        GatewayHealth body = health.getGatewayHealth().body();

        assertEquals(GatewayHealthStatus.OK, body.getStatus());
        assertEquals("gateway", body.getService());
        assertTrue(Duration.between(body.getTimestamp(), OffsetDateTime.now()).abs().toSeconds() < 5);
    }

    @Test
    void everyServiceUpIsOk() {
        HttpResponse<ServicesHealth> response = health.getServicesHealth();

        assertEquals(200, response.code());
        ServicesHealth body = response.body();
        assertEquals(OverallStatus.OK, body.getStatus());
        assertEquals(java.util.Set.of("auth", "users", "products", "inventory"), body.getServices().keySet());
        body.getServices().values().forEach(service -> {
            assertEquals(ServiceHealthStatus.UP, service.getStatus());
            assertEquals(200, service.getHttpStatus());
            assertNull(service.getError());
        });
    }

    @Test
    void aServiceDownOrTooSlowMakesItDegradedAnd503() {
        products.health(503, 0);
        inventory.health(200, 2_000);
        long started = System.nanoTime();

        HttpResponse<?> response;
        try {
            response = health.getServicesHealth();
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }

        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(503, response.code());
        ServicesHealth body = response.getBody(ServicesHealth.class).orElseThrow();
        assertEquals(OverallStatus.DEGRADED, body.getStatus());
        ServiceHealth productsHealth = body.getServices().get("products");
        assertEquals(ServiceHealthStatus.DOWN, productsHealth.getStatus());
        assertEquals(503, productsHealth.getHttpStatus());
        ServiceHealth inventoryHealth = body.getServices().get("inventory");
        assertEquals(ServiceHealthStatus.DOWN, inventoryHealth.getStatus());
        assertTrue(inventoryHealth.getError().startsWith("timed out"), inventoryHealth.getError());
        assertEquals(ServiceHealthStatus.UP, body.getServices().get("auth").getStatus());
        // Probed in parallel, each within the 500 ms probe timeout: one after another the two
        // timeouts would stack; the bound leaves room for a loaded machine.
        assertTrue(millis < 5_000, "answered after " + millis + " ms");
    }
}
