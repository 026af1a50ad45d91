package com.qeetmart.sdk.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.qeetmart.sdk.QeetMart;
import com.qeetmart.sdk.QeetMartApiException;
import com.qeetmart.sdk.RetryPolicy;
import com.qeetmart.sdk.products.model.Product;
import com.qeetmart.sdk.products.model.ProductPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the Java SDK relies on from the catalog; the products service verifies it. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "products", pactVersion = PactSpecVersion.V3)
class ProductsPactTest {

    static final UUID SHOE = UUID.fromString("5f8e2a1c-7b3d-4c9e-8a6f-0d1e2f3a4b5c");
    static final UUID MISSING = UUID.fromString("00000000-0000-4000-8000-000000000404");
    private static final String CONSUMER = "qeetmart-sdk-java";

    @Pact(consumer = CONSUMER)
    RequestResponsePact oneProduct(PactDslWithProvider builder) {
        return builder.given("an active product " + SHOE + " named Trail shoe")
                .uponReceiving("a request for one product")
                .path("/products/" + SHOE).method("GET")
                .willRespondWith().status(200).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(Shapes.product(new PactDslJsonBody(), SHOE, "Trail shoe"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "oneProduct")
    void readsOneProduct(MockServer server) throws Exception {
        Product product = sdk(server).products().getProduct(SHOE, null);

        assertEquals(SHOE, product.getId());
        assertEquals("Trail shoe", product.getName());
        assertEquals("EUR", product.getPrice().getCurrency());
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact searchPage(PactDslWithProvider builder) {
        return builder.given("an active product " + SHOE + " named Trail shoe")
                .uponReceiving("a search for trail products, first page")
                .path("/products").method("GET").query("q=trail&page=0&size=20")
                .willRespondWith().status(200)
                .body(new PactDslJsonBody()
                        .minArrayLike("items", 1, Shapes.product(new PactDslJsonBody(), SHOE, "Trail shoe"), 1)
                        .object("page").integerType("number", 0).integerType("size", 20).integerType("totalElements", 1)
                        .booleanType("totalElementsExact", true).integerType("totalPages", 1).booleanType("hasNext", false)
                        .closeObject())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "searchPage")
    void searchesThePublicCatalog(MockServer server) throws Exception {
        ProductPage page = sdk(server).products().searchProducts("trail", null, null, null, null, null, null, null, 0, 20, null);

        assertEquals("Trail shoe", page.getItems().get(0).getName());
        assertEquals(false, page.getPage().getHasNext());
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact missingProduct(PactDslWithProvider builder) {
        return builder.given("no product " + MISSING)
                .uponReceiving("a request for a product that does not exist")
                .path("/products/" + MISSING).method("GET")
                .willRespondWith().status(404).headers(Map.of("Content-Type", "application/problem+json"))
                .body(Shapes.problem(404, "/problems/not-found", "NOT_FOUND"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "missingProduct")
    void aMissingProductIsATypedNotFound(MockServer server) {
        QeetMartApiException e = assertThrows(QeetMartApiException.class, () -> sdk(server).products().getProduct(MISSING, null));

        assertEquals(404, e.status());
        assertEquals("NOT_FOUND", e.code());
    }

    private static QeetMart sdk(MockServer server) {
        return QeetMart.builder().baseUrl(server.getUrl()).retryPolicy(RetryPolicy.none()).build();
    }
}
