package com.qeetmart.products.catalog;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.products.api.model.CategoryInput;
import com.qeetmart.products.api.model.Product;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.api.model.ProductStatus;
import com.qeetmart.products.api.model.ProductVariantInput;
import com.qeetmart.products.client.CategoriesApi;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.client.VariantsApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a client sees when it revalidates a catalog read, and how long it may keep one. */
@MicronautTest(transactional = false)
class ConditionalReadsTest extends CatalogTest {

    private static final String PUBLIC = "public, max-age=5, stale-while-revalidate=15";

    @Inject
    ProductsApi products;
    @Inject
    CategoriesApi categories;
    @Inject
    VariantsApi variants;

    private UUID activeProduct() {
        asAdmin();
        UUID id = products.createProduct(shoe(), null).body().getId();
        anonymous();
        return id;
    }

    private static ProductInput shoe() {
        return new ProductInput("Trail runner 3", new Money("89.90", "EUR")).status(ProductStatus.ACTIVE);
    }

    @Test
    void aListPageIsAnswered304UntilSomethingItShowsChanges() {
        UUID id = activeProduct();
        HttpResponse<?> first = products.searchProducts(null, null, null, null, null, null, null, null, 0, 20, null);
        String etag = first.header("ETag");
        assertTrue(etag.startsWith("\"p-"), etag);

        HttpResponse<?> again = products.searchProducts(null, null, null, null, null, null, null, null, 0, 20, etag);
        assertEquals(HttpStatus.NOT_MODIFIED, again.getStatus());
        assertEquals(etag, again.header("ETag"));
        assertEquals(PUBLIC, again.header("Cache-Control"));
        assertEquals(HttpStatus.OK, products.searchProducts(null, null, null, null, null, null, null, null, 0, 10, etag)
                .getStatus(), "another page of the same result is another representation");

        asAdmin();
        products.updateProduct(id, shoe().name("Trail runner 4"), "\"1\"");
        anonymous();
        HttpResponse<?> changed = products.searchProducts(null, null, null, null, null, null, null, null, 0, 20, etag);
        assertEquals(HttpStatus.OK, changed.getStatus(), "a product on the page changed");
        assertNotEquals(etag, changed.header("ETag"));

        String categoriesTag = categories.listCategories(0, 20, null).header("ETag");
        assertEquals(HttpStatus.NOT_MODIFIED, categories.listCategories(0, 20, categoriesTag).getStatus());
        String variantsTag = variants.listProductVariants(id, 0, 20, null).header("ETag");
        assertEquals(HttpStatus.NOT_MODIFIED, variants.listProductVariants(id, 0, 20, variantsTag).getStatus());
    }

    @Test
    void currentEtagIsAnswered304WithoutBodyWithEtagAndCacheControl() {
        UUID id = activeProduct();
        String etag = products.getProduct(id, null).header("ETag");

        HttpResponse<Product> revalidated = products.getProduct(id, etag);

        assertEquals(HttpStatus.NOT_MODIFIED, revalidated.getStatus());
        assertFalse(revalidated.getBody(String.class).filter(body -> !body.isEmpty()).isPresent());
        assertEquals("\"1\"", revalidated.header("ETag"));
        assertEquals(PUBLIC, revalidated.header("Cache-Control"));
        assertEquals("Authorization, Accept-Encoding", revalidated.header("Vary"), "varies by caller and by content coding");
    }

    @Test
    void weakTagsListsAndStarMatchToo() {
        UUID id = activeProduct();

        assertEquals(HttpStatus.NOT_MODIFIED, products.getProduct(id, "W/\"1\"").getStatus());
        assertEquals(HttpStatus.NOT_MODIFIED, products.getProduct(id, "\"7\", W/\"1\"").getStatus());
        assertEquals(HttpStatus.NOT_MODIFIED, products.getProduct(id, "*").getStatus());
    }

    @Test
    void anotherEtagGetsTheFullProduct() {
        UUID id = activeProduct();

        HttpResponse<Product> read = products.getProduct(id, "\"7\"");

        assertEquals(HttpStatus.OK, read.getStatus());
        assertEquals("Trail runner 3", read.body().getName());
        assertEquals("\"1\"", read.header("ETag"));
        assertEquals(PUBLIC, read.header("Cache-Control"));
    }

    @Test
    void afterAnUpdateTheOldEtagGetsTheNewVersion() {
        UUID id = activeProduct();
        String before = products.getProduct(id, null).header("ETag");
        asAdmin();
        products.updateProduct(id, shoe().price(new Money("79.90", "EUR")), before);
        anonymous();

        HttpResponse<Product> read = products.getProduct(id, before);

        assertEquals(HttpStatus.OK, read.getStatus());
        assertEquals("79.90", read.body().getPrice().getAmount());
        assertEquals("\"2\"", read.header("ETag"));
        assertEquals(HttpStatus.NOT_MODIFIED, products.getProduct(id, read.header("ETag")).getStatus());
    }

    @Test
    void aHiddenProductIs404NotModifiedNeverTellsItExists() {
        asAdmin();
        UUID draft = products.createProduct(shoe().status(ProductStatus.DRAFT), null).body().getId();
        anonymous();

        Problem problem = problemOf(404, () -> products.getProduct(draft, "*"));
        assertEquals("NOT_FOUND", problem.getCode());
    }

    @Test
    void aMissingProductIsANoStoreProblem() {
        HttpResponse<?> missing;
        try {
            missing = products.getProduct(UUID.randomUUID(), null);
        } catch (HttpClientResponseException e) {
            missing = e.getResponse();
        }
        assertEquals(404, missing.code());
        assertEquals("application/problem+json", missing.getContentType().orElseThrow().toString());
        assertEquals("no-store", missing.header("Cache-Control"));
    }

    @Test
    void categoriesAndVariantsAnswer304Too() {
        asAdmin();
        UUID category = categories.createCategory(new CategoryInput("Shoes", "shoes"), null).body().getId();
        UUID product = products.createProduct(shoe(), null).body().getId();
        UUID variant = variants.createProductVariant(product, new ProductVariantInput("TR3-42", "EU 42"), null).body().getId();
        anonymous();

        HttpResponse<?> categoryRead = categories.getCategory(category, "\"1\"");
        assertEquals(HttpStatus.NOT_MODIFIED, categoryRead.getStatus());
        assertEquals("\"1\"", categoryRead.header("ETag"));
        assertEquals(HttpStatus.OK, categories.getCategory(category, "\"2\"").getStatus());

        HttpResponse<?> variantRead = variants.getProductVariant(product, variant, "\"1\"");
        assertEquals(HttpStatus.NOT_MODIFIED, variantRead.getStatus());
        assertEquals(PUBLIC, variantRead.header("Cache-Control"));
    }

    @Test
    void publicListsAndSearchesCarryTheShortPublicCacheRule() {
        UUID product = activeProduct();

        assertEquals(PUBLIC, products.searchProducts("trail", null, null, null, null, null, null, null, 0, 20, null)
                .header("Cache-Control"));
        assertEquals(PUBLIC, categories.listCategories(0, 20, null).header("Cache-Control"));
        assertEquals(PUBLIC, variants.listProductVariants(product, 0, 20, null).header("Cache-Control"));
        asUser();
        assertEquals(PUBLIC, products.getProduct(product, null).header("Cache-Control"));
    }

    @Test
    void anAdminsViewIncludesDraftsSoOnlyTheirOwnClientKeepsIt() {
        UUID product = activeProduct();
        asAdmin();

        assertEquals("private, no-cache", products.getProduct(product, null).header("Cache-Control"));
        assertEquals("private, no-cache", products.searchProducts(null, null, null, null, null, null, null, null, 0, 20, null)
                .header("Cache-Control"));
    }

    @Test
    void writesAreNoStore() {
        asAdmin();
        HttpResponse<Product> created = products.createProduct(shoe(), null);

        assertEquals("no-store", created.header("Cache-Control"));
        assertTrue(created.getBody().isPresent());
    }
}
