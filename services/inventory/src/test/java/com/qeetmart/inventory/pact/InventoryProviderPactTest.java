package com.qeetmart.inventory.pact;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.qeetmart.inventory.support.InventoryTest;
import com.qeetmart.platform.testing.PactProvider;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** Inventory honours its consumers' pacts (the Java SDK's); states are rows in SQL and products in the catalog. */
@MicronautTest
@Provider("inventory")
@PactFolder("../../target/pacts")
class InventoryProviderPactTest extends InventoryTest implements PactProvider {

    @Override
    public String providerAccessToken() {
        return ISSUER.userToken();
    }

    @State("product 7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d has 10 units in stock")
    void tenUnits() {
        catalog.add(java.util.UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")); // a published product
        DB.execute("""
                INSERT INTO stock VALUES ('7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 10, 0, 1, now());
                INSERT INTO stock_ledger (product_id, on_hand_delta, reserved_delta, reason, created_at)
                VALUES ('7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 10, 0, 'delivery', now())""");
    }
}
