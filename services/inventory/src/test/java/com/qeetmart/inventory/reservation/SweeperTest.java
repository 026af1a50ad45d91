package com.qeetmart.inventory.reservation;

import com.qeetmart.inventory.support.InventoryTest;
import com.qeetmart.platform.testing.Race;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class SweeperTest extends InventoryTest {

    // 300 reservations of one caller: the per-caller hold limits (HoldLimitsTest) are off here.
    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("inventory.limits.live-reservations-per-caller", "0",
                "inventory.limits.units-per-product-per-caller", "0");
    }


    @Inject
    ExpirySweeper sweeper;

    @Test
    void twoReplicasSweepingTheSameReservationsReleaseEachOnce() throws Exception {
        UUID product = productWithStock(1000);
        asUser();
        int count = 300;
        for (int i = 0; i < count; i++) {
            reservationsApi.createReservation(UUID.randomUUID().toString(), order(product, 2));
        }
        DB.execute("UPDATE reservation SET expires_at = now() - interval '1 second'");

        try (ApplicationContext replica = ApplicationContext.run(Map.of(
                "datasources.default.url", DB.url(), "micronaut.server.port", "-1", "endpoints.all.port", String.valueOf(com.qeetmart.platform.testing.FreePort.find()),
                "inventory.sweeper.interval", "1h", "inventory.sweeper.batch-size", "40",
                "qeetmart.security.jwks-url", ISSUER.jwksUrl()))) {
            ExpirySweeper other = replica.getBean(ExpirySweeper.class);
            var sweepers = List.of(sweeper, other);
            var next = new java.util.concurrent.atomic.AtomicInteger();
            List<Integer> released = Race.of(4, () -> sweepers.get(next.getAndIncrement() % 2).sweep());

            assertEquals(count, released.stream().mapToInt(Integer::intValue).sum(), released.toString());
        }
        assertEquals(count, DB.count("SELECT count(*) FROM stock_ledger WHERE reason = 'reservation expired'"));
        assertEquals(count, DB.count("SELECT count(*) FROM reservation WHERE status = 'EXPIRED'"));
        assertEquals(0, DB.count("SELECT reserved FROM stock WHERE product_id = '" + product + "'"));
        assertLedgerMatchesStock();
        assertHoldCountsMatchReservations();
    }
}
