package com.qeetmart.products.product;

import com.qeetmart.platform.time.Timestamps;
import com.qeetmart.common.api.model.Money;
import com.qeetmart.platform.concurrency.IfMatch;
import com.qeetmart.platform.concurrency.VersionedResponses;
import com.qeetmart.platform.paging.PageRequest;
import com.qeetmart.platform.paging.ApiPages;
import com.qeetmart.products.api.ProductsApi;
import com.qeetmart.products.api.model.Product;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.api.model.ProductPage;
import com.qeetmart.products.api.model.ProductSort;
import com.qeetmart.products.api.model.ProductStatus;
import com.qeetmart.products.catalog.CatalogAudience;
import com.qeetmart.products.catalog.CatalogReads;
import com.qeetmart.products.catalog.Price;
import com.qeetmart.platform.idempotency.Idempotent;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.math.BigDecimal;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ProductController implements ProductsApi {

    private final ProductService service;
    private final CatalogAudience audience;
    private final CatalogReads reads;

    ProductController(ProductService service, CatalogAudience audience, CatalogReads reads) {
        this.service = service;
        this.audience = audience;
        this.reads = reads;
    }

    @Override
    public HttpResponse<ProductPage> searchProducts(String q, UUID categoryId, String brand, ProductStatus status,
                                                    String minPrice, String maxPrice, String currency,
                                                    ProductSort sort, Integer page, Integer size, String ifNoneMatch) {
        ProductSearch search = new ProductSearch(q, categoryId, brand,
                status == null ? null : ProductState.valueOf(status.name()),
                minPrice == null ? null : new BigDecimal(minPrice), maxPrice == null ? null : new BigDecimal(maxPrice),
                currency, sort == null ? null : ProductSearch.SearchOrder.valueOf(sort.name()),
                audience.seesPublicCatalogOnly());
        return reads.page(ifNoneMatch, ApiPages.of(service.search(search, PageRequest.of(page, size)), ProductController::toApi,
                ProductPage::new));
    }

    @Override
    @Idempotent
    public HttpResponse<Product> createProduct(ProductInput input, String idempotencyKey) {
        ProductData created = service.create(toDraft(input));
        return VersionedResponses.created(toApi(created), created.version(), "/products/" + created.id());
    }

    @Override
    public HttpResponse<Product> getProduct(UUID productId, String ifNoneMatch) {
        ProductData product = service.get(productId, audience.seesPublicCatalogOnly());
        return reads.one(ifNoneMatch, product.version(), () -> toApi(product));
    }

    @Override
    public HttpResponse<Product> updateProduct(UUID productId, ProductInput input, String ifMatch) {
        return withEtag(service.update(productId, toDraft(input), IfMatch.parse(ifMatch)));
    }

    @Override
    public HttpResponse<Void> deleteProduct(UUID productId, String ifMatch) {
        service.delete(productId, IfMatch.parse(ifMatch));
        return HttpResponse.noContent();
    }

    private static HttpResponse<Product> withEtag(ProductData product) {
        return VersionedResponses.ok(toApi(product), product.version());
    }

    private static ProductDraft toDraft(ProductInput in) {
        return new ProductDraft(in.getName(), in.getDescription(), in.getBrand(), in.getCategoryId(),
                in.getStatus() == null ? null : ProductState.valueOf(in.getStatus().name()),
                Price.of(in.getPrice().getAmount(), in.getPrice().getCurrency(), "price"), in.getAttributes());
    }

    static Product toApi(ProductData p) {
        return new Product(p.id(), p.name(), ProductStatus.valueOf(p.state().name()),
                new Money(p.price().formattedAmount(), p.price().currency()), p.attributes(), p.version(),
                Timestamps.utc(p.createdAt()), Timestamps.utc(p.updatedAt()))
                .description(p.description())
                .brand(p.brand())
                .categoryId(p.categoryId());
    }
}
