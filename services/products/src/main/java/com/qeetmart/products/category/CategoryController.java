package com.qeetmart.products.category;

import com.qeetmart.platform.time.Timestamps;
import com.qeetmart.platform.concurrency.IfMatch;
import com.qeetmart.platform.concurrency.VersionedResponses;
import com.qeetmart.platform.paging.PageRequest;
import com.qeetmart.platform.paging.ApiPages;
import com.qeetmart.products.api.CategoriesApi;
import com.qeetmart.products.api.model.Category;
import com.qeetmart.products.api.model.CategoryInput;
import com.qeetmart.products.api.model.CategoryPage;
import com.qeetmart.products.catalog.CatalogReads;
import com.qeetmart.platform.idempotency.Idempotent;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CategoryController implements CategoriesApi {

    private final CategoryService service;
    private final CatalogReads reads;

    CategoryController(CategoryService service, CatalogReads reads) {
        this.service = service;
        this.reads = reads;
    }

    @Override
    public HttpResponse<CategoryPage> listCategories(Integer page, Integer size, String ifNoneMatch) {
        return reads.page(ifNoneMatch, ApiPages.of(service.list(PageRequest.of(page, size)), CategoryController::toApi,
                CategoryPage::new));
    }

    @Override
    @Idempotent
    public HttpResponse<Category> createCategory(CategoryInput input, String idempotencyKey) {
        CategoryData created = service.create(toDraft(input));
        return VersionedResponses.created(toApi(created), created.version(), "/categories/" + created.id());
    }

    @Override
    public HttpResponse<Category> getCategory(UUID categoryId, String ifNoneMatch) {
        CategoryData category = service.get(categoryId);
        return reads.one(ifNoneMatch, category.version(), () -> toApi(category));
    }

    @Override
    public HttpResponse<Category> updateCategory(UUID categoryId, CategoryInput input, String ifMatch) {
        return withEtag(service.update(categoryId, toDraft(input), IfMatch.parse(ifMatch)));
    }

    @Override
    public HttpResponse<Void> deleteCategory(UUID categoryId, String ifMatch) {
        service.delete(categoryId, IfMatch.parse(ifMatch));
        return HttpResponse.noContent();
    }

    private static HttpResponse<Category> withEtag(CategoryData category) {
        return VersionedResponses.ok(toApi(category), category.version());
    }

    private static CategoryDraft toDraft(CategoryInput input) {
        return new CategoryDraft(input.getName(), input.getSlug(), input.getDescription(), input.getParentId());
    }

    static Category toApi(CategoryData c) {
        return new Category(c.id(), c.name(), c.slug(), c.version(), Timestamps.utc(c.createdAt()), Timestamps.utc(c.updatedAt()))
                .description(c.description())
                .parentId(c.parentId());
    }
}
