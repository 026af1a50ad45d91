package com.qeetmart.products.product;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.products.api.model.Product;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.api.model.ProductStatus;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

@MicronautTest(transactional = false)
class ProductsApiTest extends CatalogTest {

    @Inject
    ProductsApi products;

    static ProductInput shoe() {
        return new ProductInput("Trail runner 3", new Money("89.90", "EUR"))
                .brand("Acme").description("A light trail shoe").status(ProductStatus.ACTIVE)
                .attributes(Map.of("colour", "blue"));
    }

    @Test
    void writesNeedAnAdministrator() {
        Problem anonymous = problemOf(401, () -> products.createProduct(shoe(), null));
        assertEquals("/problems/unauthorized", anonymous.getType());

        asUser();
        Problem user = problemOf(403, () -> products.createProduct(shoe(), null));
        assertEquals("FORBIDDEN", user.getCode());
        assertEquals(0, count("SELECT count(*) FROM product"));
    }

    @Test
    void adminCreatesProductWithLocationAndEtag() {
        asAdmin();
        HttpResponse<Product> response = products.createProduct(shoe(), null);

        assertEquals(HttpStatus.CREATED, response.getStatus());
        Product created = response.body();
        assertEquals("/products/" + created.getId(), response.header("Location"));
        assertEquals("\"1\"", response.header("ETag"));
        assertEquals("89.90", created.getPrice().getAmount());
        assertEquals(Map.of("colour", "blue"), created.getAttributes());
        assertEquals(1, count("SELECT count(*) FROM product WHERE id = '" + created.getId() + "'"));
    }

    @Test
    void priceIsReturnedWithTheCurrencysFractionDigits() {
        asAdmin();
        Product created = products.createProduct(shoe().price(new Money("20", "EUR")), null).body();
        assertEquals("20.00", created.getPrice().getAmount());
        Product yen = products.createProduct(shoe().price(new Money("1500", "JPY")), null).body();
        assertEquals("1500", yen.getPrice().getAmount());
    }

    @Test
    void productWithoutStatusStartsAsDraft() {
        asAdmin();
        Product created = products.createProduct(shoe().status(null), null).body();
        assertEquals(ProductStatus.DRAFT, created.getStatus());
    }

    @Test
    void unknownCurrencyIs422NamingTheField() {
        asAdmin();
        Problem problem = problemOf(422, () -> products.createProduct(shoe().price(new Money("1", "XXZ")), null));
        assertEquals("UNKNOWN_CURRENCY", problem.getCode());
        assertEquals("price.currency", problem.getErrors().get(0).getField());
    }

    @Test
    void unknownCategoryIs422() {
        asAdmin();
        Problem problem = problemOf(422, () -> products.createProduct(shoe().categoryId(UUID.randomUUID()), null));
        assertEquals("CATEGORY_NOT_FOUND", problem.getCode());
        assertEquals("/problems/category-not-found", problem.getType());
    }

    @Test
    void unknownIdIs404Problem() {
        Problem problem = problemOf(404, () -> products.getProduct(UUID.randomUUID(), null));
        assertEquals("/problems/not-found", problem.getType());
        assertEquals("NOT_FOUND", problem.getCode());
    }

    @Test
    void updateWithCurrentEtagSucceedsAndBumpsIt() {
        asAdmin();
        HttpResponse<Product> created = products.createProduct(shoe(), null);
        UUID id = created.body().getId();

        HttpResponse<Product> updated = products.updateProduct(id, shoe().name("Trail runner 4"),
                created.header("ETag"));

        assertEquals("\"2\"", updated.header("ETag"));
        assertEquals("Trail runner 4", updated.body().getName());
        assertEquals(2, count("SELECT version FROM product WHERE id = '" + id + "'"));
    }

    @Test
    void staleIfMatchIs412AndNothingIsWritten() {
        asAdmin();
        HttpResponse<Product> created = products.createProduct(shoe(), null);
        UUID id = created.body().getId();
        String firstEtag = created.header("ETag");
        products.updateProduct(id, shoe().name("Second writer"), firstEtag);

        Problem problem = problemOf(412, () -> products.updateProduct(id, shoe().name("Lost update"), firstEtag));

        assertEquals("/problems/precondition-failed", problem.getType());
        anonymous();
        assertEquals("Second writer", products.getProduct(id, null).body().getName());
    }

    @Test
    void getAnswersTheSameEtagAsTheLastWrite() {
        asAdmin();
        HttpResponse<Product> created = products.createProduct(shoe(), null);
        anonymous();
        assertEquals(created.header("ETag"), products.getProduct(created.body().getId(), null).header("ETag"));
    }

    @Test
    void draftProductsAreHiddenFromThePublicButNotFromAdmins() {
        asAdmin();
        UUID draft = products.createProduct(shoe().status(ProductStatus.DRAFT), null).body().getId();
        assertEquals(draft, products.getProduct(draft, null).body().getId());

        anonymous();
        problemOf(404, () -> products.getProduct(draft, null));
        asUser();
        problemOf(404, () -> products.getProduct(draft, null));
    }

    @Test
    void deleteIsSoftAndTheProductDisappearsFromReads() {
        asAdmin();
        UUID id = products.createProduct(shoe(), null).body().getId();

        assertEquals(HttpStatus.NO_CONTENT, products.deleteProduct(id, null).getStatus());

        problemOf(404, () -> products.getProduct(id, null));
        assertEquals(0, products.searchProducts(null, null, null, null, null, null, null, null, null, null, null)
                .body().getItems().size());
        assertEquals(1, count("SELECT count(*) FROM product WHERE id = '" + id + "' AND deleted_at IS NOT NULL"));
        problemOf(404, () -> products.deleteProduct(id, null));
    }

    @Test
    void responseBodyHasNoNullNoiseButAlwaysItsRequiredFields() {
        asAdmin();
        Product created = products.createProduct(new ProductInput("Bare", new Money("1.00", "EUR")), null).body();
        assertNull(created.getBrand());
        assertNotNull(created.getAttributes());
        assertEquals(Map.of(), created.getAttributes());
    }
}
