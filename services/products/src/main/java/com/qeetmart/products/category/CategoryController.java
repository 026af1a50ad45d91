package com.qeetmart.products.category;

import com.qeetmart.platform.time.Timestamps;
import com.qeetmart.platform.concurrency.IfMatch;
import com.qeetmart.platform.paging.PageRequest;
import com.qeetmart.platform.paging.PageResult;
import com.qeetmart.products.api.CategoriesApi;
import com.qeetmart.products.api.model.Category;
import com.qeetmart.products.api.model.CategoryInput;
import com.qeetmart.products.api.model.CategoryPage;
import com.qeetmart.products.catalog.CatalogReads;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URI;
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
    public HttpResponse<CategoryPage> listCategories(Integer page, Integer size) {
        PageResult<CategoryData> result = service.list(PageRequest.of(page, size));
        return reads.page(new CategoryPage(result.items().stream().map(CategoryController::toApi).toList(),
                result.metadata()));
    }

    @Override
    public HttpResponse<Category> createCategory(CategoryInput input) {
        CategoryData created = service.create(toDraft(input));
        return HttpResponse.created(toApi(created), URI.create("/categories/" + created.id()))
                .header(HttpHeaders.ETAG, IfMatch.etagOf(created.version()));
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
        return HttpResponse.ok(toApi(category)).header(HttpHeaders.ETAG, IfMatch.etagOf(category.version()));
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
