package com.qeetmart.products.product;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.products.api.model.CategoryInput;
import com.qeetmart.products.api.model.Product;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.api.model.ProductPage;
import com.qeetmart.products.api.model.ProductSort;
import com.qeetmart.products.api.model.ProductStatus;
import com.qeetmart.products.client.CategoriesApi;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ProductSearchTest extends CatalogTest {

    @Inject
    ProductsApi products;
    @Inject
    CategoriesApi categories;
    @Inject
    @io.micronaut.http.client.annotation.Client("/")
    io.micronaut.http.client.HttpClient http;

    UUID shoes;

    @BeforeEach
    void seed() {
        asAdmin();
        shoes = categories.createCategory(new CategoryInput("Shoes", "shoes"), null).body().getId();
        create("Trail runner", "Acme", "Light shoe for rough trails", "89.90", shoes, ProductStatus.ACTIVE);
        create("Road runner", "Zoom", "Cushioned shoe for asphalt", "120.00", shoes, ProductStatus.ACTIVE);
        create("Wool socks", "Acme", "Warm socks for winter hikes", "12.50", null, ProductStatus.ACTIVE);
        create("Running jacket", "Zoom", "Windproof jacket", "150.00", null, ProductStatus.DRAFT);
        anonymous();
    }

    private void create(String name, String brand, String description, String price, UUID category,
                        ProductStatus status) {
        products.createProduct(new ProductInput(name, new Money(price, "EUR")).brand(brand)
                .description(description).categoryId(category).status(status), null);
    }

    private List<String> names(String q, UUID category, String brand, ProductStatus status, String min,
                               String max, ProductSort sort) {
        return products.searchProducts(q, category, brand, status, min, max, null, sort, null, null, null)
                .body().getItems().stream().map(Product::getName).toList();
    }

    @Test
    void textQueryMatchesWordsInNameAndDescriptionWithStemming() {
        assertEquals(List.of("Road runner", "Trail runner"), names("shoes", null, null, null, null, null,
                ProductSort.NAME_ASC));
        assertEquals(List.of("Wool socks"), names("winter hike", null, null, null, null, null, null));
    }

    @Test
    void lastWordMatchesAsAPrefix() {
        assertEquals(List.of("Road runner", "Trail runner"), names("runn", null, null, null, null, null,
                ProductSort.NAME_ASC));
    }

    @Test
    void everyWordMustMatch() {
        assertEquals(List.of("Trail runner"), names("trail shoe", null, null, null, null, null, null));
    }

    @Test
    void relevanceRanksNameMatchesAboveDescriptionMatches() {
        asAdmin();
        create("Socks of the trail", "Other", "Plain", "5.00", null, ProductStatus.ACTIVE);
        create("Plain cap", "Other", "Good for a trail", "5.00", null, ProductStatus.ACTIVE);
        anonymous();
        List<String> found = names("trail", null, null, null, null, null, ProductSort.RELEVANCE);
        assertEquals("Plain cap", found.get(found.size() - 1));
    }

    @Test
    void punctuationOnlyQueryMatchesNothingInsteadOfFailing() {
        assertEquals(List.of(), names("!!! ***", null, null, null, null, null, null));
        assertEquals(List.of(), names("') OR 1=1 --:*&|", null, null, null, null, null, null));
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of("Trail runner"), names(null, shoes, "acme", null, null, null, null));
        assertEquals(List.of("Wool socks", "Trail runner"), names(null, null, null, null, "10", "100",
                ProductSort.PRICE_ASC));
        assertEquals(List.of("Road runner", "Trail runner", "Wool socks"), names(null, null, null, null, null,
                null, ProductSort.PRICE_DESC));
    }

    @Test
    void publicSeesOnlyActiveProductsAndAdminSeesDraftsToo() {
        assertEquals(List.of(), names(null, null, null, ProductStatus.DRAFT, null, null, null));
        asAdmin();
        assertEquals(List.of("Running jacket"), names(null, null, null, ProductStatus.DRAFT, null, null, null));
        assertEquals(4, names(null, null, null, null, null, null, null).size());
    }

    @Test
    void pagesCoverTheWholeResultOnce() {
        ProductPage first = products.searchProducts(null, null, null, null, null, null, null,
                ProductSort.NAME_ASC, 0, 2, null).body();
        ProductPage second = products.searchProducts(null, null, null, null, null, null, null,
                ProductSort.NAME_ASC, 1, 2, null).body();

        assertEquals(3L, first.getPage().getTotalElements());
        assertEquals(true, first.getPage().getTotalElementsExact());
        assertEquals(2, first.getPage().getTotalPages());
        assertEquals(true, first.getPage().getHasNext());
        assertEquals(false, second.getPage().getHasNext());
        assertEquals(List.of("Road runner", "Trail runner"), first.getItems().stream().map(Product::getName).toList());
        assertEquals(List.of("Wool socks"), second.getItems().stream().map(Product::getName).toList());
    }

    @Test
    void pageBeyondTheEndIsEmptyButStillCountsTheWhole() {
        ProductPage beyond = products.searchProducts(null, null, null, null, null, null, null, null, 5, 2, null).body();
        assertEquals(List.of(), beyond.getItems());
        assertEquals(3L, beyond.getPage().getTotalElements());
        assertEquals(false, beyond.getPage().getHasNext());
    }

    @Test
    void largeResultsInIndexOrderReportAFlaggedEstimateButAnExactHasNext() {
        insertActiveProducts(1500, "Bulk gadget");

        ProductPage page = products.searchProducts(null, null, null, null, null, null, null,
                ProductSort.NEWEST, 0, 10, null).body();

        assertEquals(10, page.getItems().size());
        assertEquals(false, page.getPage().getTotalElementsExact());
        assertTrue(page.getPage().getTotalElements() > ProductSearchRepository.EXACT_COUNT_LIMIT,
                () -> "estimate " + page.getPage().getTotalElements());
        assertEquals(true, page.getPage().getHasNext());

        ProductPage last = products.searchProducts(null, null, null, null, null, null, null,
                ProductSort.NEWEST, 150, 10, null).body();
        assertEquals(3, last.getItems().size());
        assertEquals(false, last.getPage().getHasNext());
    }

    @Test
    void relevanceSearchCountsEveryMatchExactly() {
        insertActiveProducts(1500, "Bulk gadget");

        ProductPage page = products.searchProducts("gadget", null, null, null, null, null, null, null, 0, 10, null).body();

        assertEquals(1500L, page.getPage().getTotalElements());
        assertEquals(true, page.getPage().getTotalElementsExact());
        assertEquals(150, page.getPage().getTotalPages());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"NAME_ASC", "name_asc", "Name-Asc", "NEWEST", "newest ", "bogus"})
    void aSortTheContractDoesNotListIs400NamingIt(String sort) {
        var problem = com.qeetmart.platform.testing.ProblemAssertions.problemOf(400, () -> http.toBlocking()
                .exchange(io.micronaut.http.HttpRequest.GET("/products?sort=" + java.net.URLEncoder.encode(sort,
                        java.nio.charset.StandardCharsets.UTF_8)), String.class));
        assertEquals("VALIDATION_FAILED", problem.getCode());
        assertEquals("sort", problem.getErrors().get(0).getField());
        assertEquals(200, http.toBlocking().exchange(io.micronaut.http.HttpRequest.GET("/products?sort=name-asc"),
                String.class).code());
    }

    @Test
    void newestFirstIsTheDefaultOrderWithoutText() {
        assertEquals(List.of("Wool socks", "Road runner", "Trail runner"),
                names(null, null, null, null, null, null, null));
    }
}
