package com.qeetmart.inventory.cache;

import com.qeetmart.inventory.api.model.StockAdjustment;
import com.qeetmart.inventory.support.InventoryTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class RedisDownTest extends InventoryTest {

    private static java.net.URL url(String spec) {
        try {
            return java.net.URI.create(spec).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    protected Map<String, String> extraProperties() {
        // Nothing listens on port 1: Redis is "down" for this service.
        return Map.of("qeetmart.redis.uri", "redis://127.0.0.1:1");
    }

    @Test
    void withoutRedisStockIsServedFromPostgresAndTheMetricSaysSo() {
        UUID product = productWithStock(3);
        asAdmin();
        stockApi.adjustStock(product, new StockAdjustment(2, "delivery"), null);
        assertEquals(5, stockApi.getStockLevel(product).body().getOnHand());

        HttpClient management = HttpClient.create(url("http://127.0.0.1:" + managementPort));
        var health = management.toBlocking().exchange(HttpRequest.GET("/health"), String.class);
        assertEquals(200, health.code(), "the service stays in service");
        assertEquals("{\"status\":\"UP\"}", health.body(), "status only: no database URL, version or details");
        String scrape = management.toBlocking().retrieve("/prometheus");
        assertTrue(scrape.contains("qeetmart_stock_cache_available 0.0"), "operators see the cache is off");
        assertTrue(scrape.contains("qeetmart_redis_available 0.0"), "and the process's Redis away, as every service reports it");
    }
}
