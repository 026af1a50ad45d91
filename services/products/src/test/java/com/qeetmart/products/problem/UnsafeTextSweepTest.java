package com.qeetmart.products.problem;

import com.qeetmart.platform.testing.NulSweep;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every operation of the contract refuses a NUL or an unpaired surrogate with 400 problem+json. */
@MicronautTest(transactional = false)
class UnsafeTextSweepTest extends CatalogTest {

    @Inject
    EmbeddedServer server;

    @Test
    void everyOperationRefusesUnsafeTextWith400() {
        List<NulSweep.Outcome> outcomes = NulSweep.run(Path.of("../../contracts/openapi/products.yaml"),
                "http://127.0.0.1:" + server.getPort(), ISSUER.adminToken());

        List<NulSweep.Outcome> wrong = outcomes.stream().filter(NulSweep.Outcome::notRefusedAsUnsafe).toList();
        assertTrue(outcomes.size() >= 20, "probes: " + outcomes.size());
        assertTrue(wrong.isEmpty(), String.join("\n", wrong.stream().map(Object::toString).toList()));
    }
}
