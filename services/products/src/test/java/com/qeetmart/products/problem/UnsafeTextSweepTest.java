package com.qeetmart.products.problem;

import com.qeetmart.platform.testing.NulSweep;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;


/** Every operation of the contract refuses a NUL or an unpaired surrogate with 400 problem+json. */
@MicronautTest(transactional = false)
class UnsafeTextSweepTest extends CatalogTest {

    @Inject
    EmbeddedServer server;

    @Test
    void everyOperationRefusesUnsafeTextWith400() {
        NulSweep.assertRefusedEverywhere("products", server.getPort(), ISSUER.adminToken(), 20);
    }
}
