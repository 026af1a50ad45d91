package com.qeetmart.products.category;

import com.qeetmart.common.api.model.Money;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.products.api.model.Category;
import com.qeetmart.products.api.model.CategoryInput;
import com.qeetmart.products.api.model.CategoryPage;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.client.CategoriesApi;
import com.qeetmart.products.client.ProductsApi;
import com.qeetmart.products.support.CatalogTest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class CategoriesApiTest extends CatalogTest {

    @Inject
    CategoriesApi categories;
    @Inject
    ProductsApi products;

    @Test
    void listIsPublicAndSortedByName() {
        asAdmin();
        categories.createCategory(new CategoryInput("Socks", "socks"), null);
        categories.createCategory(new CategoryInput("Boots", "boots"), null);
        anonymous();

        CategoryPage page = categories.listCategories(0, 10, null).body();

        assertEquals(List.of("Boots", "Socks"), page.getItems().stream().map(Category::getName).toList());
        assertEquals(2L, page.getPage().getTotalElements());
    }

    @Test
    void slugIsUniqueAmongLiveCategories() {
        asAdmin();
        UUID first = categories.createCategory(new CategoryInput("Socks", "socks"), null).body().getId();

        Problem problem = problemOf(409, () -> categories.createCategory(new CategoryInput("Other", "socks"), null));
        assertEquals("SLUG_TAKEN", problem.getCode());

        categories.deleteCategory(first, null);
        assertEquals("socks", categories.createCategory(new CategoryInput("Socks again", "socks"), null).body().getSlug());
    }

    @Test
    void categoryCannotBeFiledUnderItsOwnDescendant() {
        asAdmin();
        HttpResponse<Category> root = categories.createCategory(new CategoryInput("Apparel", "apparel"), null);
        UUID child = categories.createCategory(new CategoryInput("Shirts", "shirts")
                .parentId(root.body().getId()), null).body().getId();

        Problem problem = problemOf(422, () -> categories.updateCategory(root.body().getId(),
                new CategoryInput("Apparel", "apparel").parentId(child), root.header("ETag")));

        assertEquals("CATEGORY_CYCLE", problem.getCode());
        assertEquals("parentId", problem.getErrors().get(0).getField());
    }

    @Test
    void categoryInUseCannotBeDeleted() {
        asAdmin();
        UUID shoes = categories.createCategory(new CategoryInput("Shoes", "shoes"), null).body().getId();
        UUID product = products.createProduct(new ProductInput("Boot", new Money("10", "EUR")).categoryId(shoes), null)
                .body().getId();

        Problem problem = problemOf(409, () -> categories.deleteCategory(shoes, null));
        assertEquals("CATEGORY_IN_USE", problem.getCode());

        products.deleteProduct(product, null);
        categories.deleteCategory(shoes, null);
        problemOf(404, () -> categories.getCategory(shoes, null));
        assertEquals(1, count("SELECT count(*) FROM category WHERE deleted_at IS NOT NULL"));
    }

    @Test
    void staleIfMatchOnCategoryUpdateIs412() {
        asAdmin();
        HttpResponse<Category> created = categories.createCategory(new CategoryInput("Hats", "hats"), null);
        UUID id = created.body().getId();
        categories.updateCategory(id, new CategoryInput("Caps", "caps"), created.header("ETag"));

        problemOf(412, () -> categories.updateCategory(id, new CategoryInput("Beanies", "beanies"),
                created.header("ETag")));
        assertEquals("Caps", categories.getCategory(id, null).body().getName());
    }

    @Test
    void categoryWritesNeedAdmin() {
        asUser();
        problemOf(403, () -> categories.createCategory(new CategoryInput("Hats", "hats"), null));
        anonymous();
        problemOf(401, () -> categories.createCategory(new CategoryInput("Hats", "hats"), null));
    }
}
