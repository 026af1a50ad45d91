package com.qeetmart.products.outage;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.platform.testing.DatabaseOutage;
import com.qeetmart.platform.testing.RawHttp;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.api.model.ProductStatus;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

/**
 * PostgreSQL out of reach: catalog reads (direct reads included) are a quick 503
 * {@code DATABASE_UNAVAILABLE}, readiness goes DOWN while liveness stays UP, and the service
 * answers again as soon as the database is back.
 */
@MicronautTest(transactional = false)
class DatabaseOutageTest extends CatalogTest {

    @Inject
    EmbeddedServer server;
    @Inject
    ProductsApi products;

    @Test
    void anUnreachableDatabaseIsAQuick503AndTheServiceResumesWhenItIsBack() throws Exception {
        asAdmin();
        UUID id = products.createProduct(new ProductInput("Lamp", new Money("20.00", "EUR")).status(ProductStatus.ACTIVE), null)
                .body().getId();
        try (DatabaseOutage outage = DatabaseOutage.begin(DB)) {
            outage.assertRefusedQuickly(server.getPort(), RawHttp.get("/products?q=lamp"));
            outage.assertRefusedQuickly(server.getPort(), RawHttp.get("/products/" + id));
            outage.assertRefusedQuickly(server.getPort(), RawHttp.request("POST", "/categories", "{\"name\":\"Lamps\",\"slug\":\"lamps\"}",
                    "Authorization: Bearer " + ISSUER.adminToken() + "\r\n"));
            outage.assertRefusedQuickly(server.getPort(), lampsWithKey());
            outage.assertOutOfRotationButAlive(managementPort);
            outage.endAndAssertServedAgain(server.getPort(), RawHttp.get("/products/" + id), 200);
        }
        // The creation refused during the outage kept nothing: sent again with its key, it is made
        // now, once, and a further repeat is answered with it.
        assertEquals(201, answerTo(lampsWithKey()).status());
        RawHttp.Answer repeat = answerTo(lampsWithKey());
        assertEquals(201, repeat.status());
        assertEquals("true", repeat.header("Idempotent-Replayed"));
        assertEquals(1, count("SELECT count(*) FROM category WHERE slug = 'lamps'"));
    }

    private final String admin = ISSUER.adminToken();

    private String lampsWithKey() {
        return RawHttp.request("POST", "/categories", "{\"name\":\"Lamps\",\"slug\":\"lamps\"}",
                "Authorization: Bearer " + admin + "\r\n", "Idempotency-Key: lamps-during-the-outage\r\n");
    }
}
