package com.qeetmart.inventory.cache;

import com.qeetmart.inventory.api.model.StockAdjustment;
import com.qeetmart.inventory.support.InventoryTest;
import com.qeetmart.platform.testing.Race;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class StockCacheTest extends InventoryTest {

    @Test
    void aReadAfterAWriteNeverSeesAnOlderLevelEvenWithReadersRacing() throws Exception {
        UUID product = productWithStock(0);
        asAdmin();
        AtomicBoolean writing = new AtomicBoolean(true);
        String token = ISSUER.adminToken();
        Thread readers = new Thread(() -> {
            try {
                Race.of(4, () -> {
                    while (writing.get()) {
                        stockApi.getStockLevel(product);
                    }
                    return 0;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        readers.start();
        try {
            for (int expected = 1; expected <= 60; expected++) {
                caller.use(token);
                stockApi.adjustStock(product, new StockAdjustment(1, "delivery"), null);
                assertEquals(expected, stockApi.getStockLevel(product).body().getOnHand());
            }
        } finally {
            writing.set(false);
            readers.join();
        }
        assertTrue(DB.count("SELECT on_hand FROM stock WHERE product_id = '" + product + "'") == 60);
    }
}
