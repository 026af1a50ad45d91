package com.qeetmart.gateway.health;

import com.qeetmart.gateway.support.GatewayClient;
import com.qeetmart.gateway.support.GatewayTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /health/services cannot be used to make the gateway hammer the services. */
@MicronautTest
class HealthCacheTest extends GatewayTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("qeetmart.gateway.rate-limit.per-minute", "30");
        // Longer than the calls below can take on any machine: one probe answers them all.
        properties.put("qeetmart.gateway.health-max-age", "1h");
        return properties;
    }

    @Test
    void manyCallsWithinTheCacheAgeProbeEachServiceOnceAndThenAreRateLimited() {
        int before = products.healthRequests();
        int ok = 0;
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> answer = gateway.get("/health/services");
            ok += answer.statusCode() == 200 ? 1 : 0;
            refused += answer.statusCode() == 429 ? 1 : 0;
        }
        assertTrue(products.healthRequests() - before <= 1, "probes: " + (products.healthRequests() - before));
        assertTrue(ok > 0 && refused > 0, ok + " answered, " + refused + " refused");
        int probed = products.healthRequests();
        assertEquals(200, gateway.get("/health").statusCode(), "the liveness probe is never limited");
        assertEquals(probed, products.healthRequests(), "and asks no service");
    }
}
