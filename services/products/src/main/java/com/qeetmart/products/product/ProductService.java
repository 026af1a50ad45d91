package com.qeetmart.products.product;

import com.qeetmart.products.ProductsProblem;
import com.qeetmart.platform.time.Timestamps;
import com.qeetmart.platform.concurrency.IfMatch;
import com.qeetmart.platform.errors.UnprocessableException;
import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.errors.StaleVersionException;
import com.qeetmart.platform.paging.PageRequest;
import com.qeetmart.platform.paging.PageResult;
import com.qeetmart.products.catalog.AttributesJson;
import com.qeetmart.products.catalog.Price;
import com.qeetmart.products.category.CategoryService;
import com.qeetmart.products.variant.VariantService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class ProductService {

    static final String RESOURCE = "Product";

    private final ProductRepository products;
    private final LiveProducts liveProducts;
    private final ProductSearchRepository searches;
    private final CategoryService categories;
    private final VariantService variants;
    private final AttributesJson attributes;
    private final ProductEvents events;

    ProductService(ProductRepository products, LiveProducts liveProducts, ProductSearchRepository searches,
                   CategoryService categories, VariantService variants, AttributesJson attributes, ProductEvents events) {
        this.products = products;
        this.liveProducts = liveProducts;
        this.searches = searches;
        this.categories = categories;
        this.variants = variants;
        this.attributes = attributes;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResult<ProductData> search(ProductSearch search, PageRequest page) {
        return searches.search(search, page).map(this::toData);
    }

    /**
     * A live product; one that is not ACTIVE is found only when {@code publicOnly} is false.
     * One statement, so no transaction: BEGIN and COMMIT would be two more round trips per read.
     */
    public ProductData get(UUID id, boolean publicOnly) {
        return find(id, publicOnly).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    /** The same read, empty where {@link #get} refuses (outside any transaction: {@link LiveProducts}). */
    public Optional<ProductData> find(UUID id, boolean publicOnly) {
        return liveProducts.find(id).map(this::toData)
                .filter(product -> !publicOnly || product.state() == ProductState.ACTIVE);
    }

    @Transactional
    public ProductData create(ProductDraft draft) {
        requireCategory(draft.categoryId());
        UUID id = UUID.randomUUID();
        Price price = draft.price();
        products.insert(id, draft.name(), draft.description(), draft.brand(), draft.categoryId(),
                stateOf(draft).name(), price.amount(), price.currency(), attributes.write(draft.attributes()),
                Timestamps.now());
        ProductData created = toData(live(id));
        events.created(created);
        return created;
    }

    @Transactional
    public ProductData update(UUID id, ProductDraft draft, IfMatch ifMatch) {
        ProductRow current = live(id);
        if (!ifMatch.matches(current.version())) {
            throw new StaleVersionException(RESOURCE, id);
        }
        requireCategory(draft.categoryId());
        Price price = draft.price();
        long updated = products.updateIfVersion(id, current.version(), draft.name(), draft.description(),
                draft.brand(), draft.categoryId(), stateOf(draft).name(), price.amount(), price.currency(),
                attributes.write(draft.attributes()), Timestamps.now());
        if (updated == 0) {
            throw new StaleVersionException(RESOURCE, id);
        }
        ProductData changed = toData(live(id));
        events.updated(changed);
        return changed;
    }

    /** Soft-deletes the product and its variants together; no row is removed. */
    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        ProductRow current = live(id);
        if (!ifMatch.matches(current.version())) {
            throw new StaleVersionException(RESOURCE, id);
        }
        Instant now = Timestamps.now();
        if (products.softDeleteIfVersion(id, current.version(), now) == 0) {
            throw new StaleVersionException(RESOURCE, id);
        }
        variants.deleteAllOf(id, now);
        events.deleted(toData(current), now);
    }

    private ProductRow live(UUID id) {
        return products.findLive(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    private void requireCategory(UUID categoryId) {
        if (categoryId != null && !categories.exists(categoryId)) {
            throw new UnprocessableException(ProductsProblem.CATEGORY_NOT_FOUND, "categoryId",
                    "Category " + categoryId + " does not exist");
        }
    }

    private static ProductState stateOf(ProductDraft draft) {
        return draft.state() == null ? ProductState.DRAFT : draft.state();
    }

    private ProductData toData(ProductRow row) {
        return new ProductData(row.id(), row.name(), row.description(), row.brand(), row.categoryId(),
                ProductState.valueOf(row.status()), new Price(row.priceAmount(), row.priceCurrency().trim()),
                attributes.read(row.attributes()), row.version(), row.createdAt(), row.updatedAt());
    }
}
