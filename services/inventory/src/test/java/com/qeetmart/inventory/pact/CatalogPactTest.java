package com.qeetmart.inventory.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.qeetmart.inventory.InventoryProblem;
import com.qeetmart.inventory.catalog.Catalog;
import com.qeetmart.platform.errors.UnprocessableException;
import com.qeetmart.platform.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What inventory relies on from the catalog before it creates stock: a listed product answers 200,
 * an unknown one 404. Inventory's own Catalog, through the client generated from products.yaml,
 * calls Pact's mock of products; the products service verifies the pact.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "products", pactVersion = PactSpecVersion.V3)
class CatalogPactTest {

    static final UUID LISTED = UUID.fromString("5f8e2a1c-7b3d-4c9e-8a6f-0d1e2f3a4b5c");
    static final UUID UNLISTED = UUID.fromString("00000000-0000-4000-8000-000000000404");

    @Pact(consumer = "inventory")
    RequestResponsePact listedProduct(PactDslWithProvider builder) {
        return builder.given("an active product " + LISTED + " named Trail shoe")
                .uponReceiving("inventory checks that a product is in the catalog")
                .path("/products/" + LISTED).method("GET")
                .willRespondWith().status(200).body(new PactDslJsonBody().uuid("id", LISTED))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listedProduct")
    void aListedProductMayHaveStock(MockServer products) {
        try (ApplicationContext inventory = inventoryCallingCatalogAt(products)) {
            inventory.getBean(Catalog.class).requireProduct(LISTED);
        }
    }

    @Pact(consumer = "inventory")
    RequestResponsePact unlistedProduct(PactDslWithProvider builder) {
        return builder.given("no product " + UNLISTED)
                .uponReceiving("inventory checks a product that is not in the catalog")
                .path("/products/" + UNLISTED).method("GET")
                .willRespondWith().status(404)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "unlistedProduct")
    void anUnlistedProductIsRefused(MockServer products) {
        try (ApplicationContext inventory = inventoryCallingCatalogAt(products)) {
            var refused = assertThrows(UnprocessableException.class,
                    () -> inventory.getBean(Catalog.class).requireProduct(UNLISTED));
            assertEquals(InventoryProblem.PRODUCT_NOT_FOUND, refused.code());
        }
    }

    private static ApplicationContext inventoryCallingCatalogAt(MockServer products) {
        return ApplicationContext.run(Map.of(
                "micronaut.http.services.products.url", products.getUrl(),
                "datasources.default.url", TestDatabase.forService("inventory", "inventory_test").url(),
                "qeetmart.security.jwks-url", products.getUrl() + "/no-jwks-needed",
                "inventory.sweeper.interval", "1h"));
    }
}
