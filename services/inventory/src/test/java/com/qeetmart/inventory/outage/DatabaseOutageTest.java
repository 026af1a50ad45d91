package com.qeetmart.inventory.outage;

import com.qeetmart.inventory.support.InventoryTest;
import com.qeetmart.platform.testing.DatabaseOutage;
import com.qeetmart.platform.testing.RawHttp;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/**
 * PostgreSQL out of reach: stock reads (even of a level Redis holds) and reservations are a quick
 * 503 {@code DATABASE_UNAVAILABLE}, readiness goes DOWN while liveness stays UP, and the service
 * answers again once the database is back.
 */
@MicronautTest(transactional = false)
class DatabaseOutageTest extends InventoryTest {

    @Inject
    EmbeddedServer server;

    @Test
    void anUnreachableDatabaseIsAQuick503AndTheServiceResumesWhenItIsBack() throws Exception {
        UUID product = productWithStock(5);
        asAdmin();
        stockApi.getStockLevel(product); // now cached
        String asAdmin = "Authorization: Bearer " + ISSUER.adminToken() + "\r\n";
        String asUser = "Authorization: Bearer " + userToken + "\r\n";
        String read = RawHttp.get("/inventory/" + product, asAdmin);
        try (DatabaseOutage outage = DatabaseOutage.begin(DB)) {
            outage.assertRefusedQuickly(server.getPort(), read);
            outage.assertRefusedQuickly(server.getPort(), RawHttp.request("POST", "/inventory/reservations",
                    "{\"orderId\":\"" + UUID.randomUUID() + "\",\"lines\":[{\"productId\":\"" + product
                            + "\",\"quantity\":1}]}", asUser, "Idempotency-Key: " + UUID.randomUUID() + "\r\n"));
            outage.assertOutOfRotationButAlive(managementPort);
            outage.endAndAssertServedAgain(server.getPort(), read, 200);
        }
    }
}
