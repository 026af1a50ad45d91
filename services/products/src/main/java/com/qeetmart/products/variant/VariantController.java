package com.qeetmart.products.variant;

import com.qeetmart.platform.time.Timestamps;
import com.qeetmart.common.api.model.Money;
import com.qeetmart.platform.concurrency.IfMatch;
import com.qeetmart.platform.concurrency.VersionedResponses;
import com.qeetmart.platform.paging.PageRequest;
import com.qeetmart.platform.paging.ApiPages;
import com.qeetmart.products.api.VariantsApi;
import com.qeetmart.products.api.model.ProductVariant;
import com.qeetmart.products.api.model.ProductVariantInput;
import com.qeetmart.products.api.model.ProductVariantPage;
import com.qeetmart.products.catalog.CatalogAudience;
import com.qeetmart.products.catalog.CatalogReads;
import com.qeetmart.products.catalog.Price;
import com.qeetmart.platform.idempotency.Idempotent;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class VariantController implements VariantsApi {

    private final VariantService service;
    private final CatalogAudience audience;
    private final CatalogReads reads;

    VariantController(VariantService service, CatalogAudience audience, CatalogReads reads) {
        this.service = service;
        this.audience = audience;
        this.reads = reads;
    }

    @Override
    public HttpResponse<ProductVariantPage> listProductVariants(UUID productId, Integer page, Integer size,
                                                            String ifNoneMatch) {
        return reads.page(ifNoneMatch, ApiPages.of(service.list(productId, PageRequest.of(page, size),
                audience.seesPublicCatalogOnly()), VariantController::toApi, ProductVariantPage::new));
    }

    @Override
    @Idempotent
    public HttpResponse<ProductVariant> createProductVariant(UUID productId, ProductVariantInput input, String idempotencyKey) {
        VariantData created = service.create(productId, toDraft(input));
        return VersionedResponses.created(toApi(created), created.version(),
                "/products/" + productId + "/variants/" + created.id());
    }

    @Override
    public HttpResponse<ProductVariant> getProductVariant(UUID productId, UUID variantId, String ifNoneMatch) {
        VariantData variant = service.get(productId, variantId, audience.seesPublicCatalogOnly());
        return reads.one(ifNoneMatch, variant.version(), () -> toApi(variant));
    }

    @Override
    public HttpResponse<ProductVariant> updateProductVariant(UUID productId, UUID variantId,
                                                             ProductVariantInput input, String ifMatch) {
        return withEtag(service.update(productId, variantId, toDraft(input), IfMatch.parse(ifMatch)));
    }

    @Override
    public HttpResponse<Void> deleteProductVariant(UUID productId, UUID variantId, String ifMatch) {
        service.delete(productId, variantId, IfMatch.parse(ifMatch));
        return HttpResponse.noContent();
    }

    private static HttpResponse<ProductVariant> withEtag(VariantData variant) {
        return VersionedResponses.ok(toApi(variant), variant.version());
    }

    private static VariantDraft toDraft(ProductVariantInput in) {
        Money price = in.getPrice();
        return new VariantDraft(in.getSku(), in.getName(),
                price == null ? null : Price.of(price.getAmount(), price.getCurrency(), "price"), in.getAttributes());
    }

    private static ProductVariant toApi(VariantData v) {
        return new ProductVariant(v.id(), v.productId(), v.sku(), v.name(), v.attributes(), v.version(),
                Timestamps.utc(v.createdAt()), Timestamps.utc(v.updatedAt()))
                .price(v.price() == null ? null : new Money(v.price().formattedAmount(), v.price().currency()));
    }
}
