package com.qeetmart.products.pact;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.qeetmart.platform.testing.PactProvider;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The catalog honours its consumers' pacts (the Java SDK's, inventory's); states are rows in SQL. */
@MicronautTest
@Provider("products")
@PactFolder("../../target/pacts")
class ProductsProviderPactTest extends CatalogTest implements PactProvider {

    @Override
    public String providerAccessToken() {
        return ISSUER.adminToken();
    }

    @State("an active product 5f8e2a1c-7b3d-4c9e-8a6f-0d1e2f3a4b5c named Trail shoe")
    void trailShoe() {
        DB.execute("""
                INSERT INTO product (id, name, status, price_amount, price_currency, attributes, version, created_at, updated_at)
                VALUES ('5f8e2a1c-7b3d-4c9e-8a6f-0d1e2f3a4b5c', 'Trail shoe', 'ACTIVE', 89.90, 'EUR', '{}', 1, now(), now())""");
    }

    @State("no product 00000000-0000-4000-8000-000000000404")
    void noSuchProduct() {
        // The catalog is emptied before each interaction.
    }
}
