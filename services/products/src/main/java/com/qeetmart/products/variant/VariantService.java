package com.qeetmart.products.variant;

import com.qeetmart.products.ProductsProblem;
import com.qeetmart.platform.time.Timestamps;
import com.qeetmart.platform.concurrency.IfMatch;
import com.qeetmart.platform.errors.ConflictException;
import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.errors.StaleVersionException;
import com.qeetmart.platform.paging.PageRequest;
import com.qeetmart.platform.paging.PageResult;
import com.qeetmart.products.catalog.AttributesJson;
import com.qeetmart.products.catalog.Price;
import com.qeetmart.platform.persistence.UniqueViolation;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.UUID;

@Singleton
public class VariantService {

    static final String RESOURCE = "Variant";

    private final VariantRepository variants;
    private final AttributesJson attributes;

    VariantService(VariantRepository variants, AttributesJson attributes) {
        this.variants = variants;
        this.attributes = attributes;
    }

    @Transactional(readOnly = true)
    public PageResult<VariantData> list(UUID productId, PageRequest page, boolean publicOnly) {
        requireProduct(productId, publicOnly);
        return PageResult.exact(variants.findLivePage(productId, page.size(), page.offset()).stream()
                .map(this::toData).toList(), page, variants.countLive(productId));
    }

    @Transactional(readOnly = true)
    public VariantData get(UUID productId, UUID id, boolean publicOnly) {
        requireProduct(productId, publicOnly);
        return toData(live(productId, id));
    }

    @Transactional
    public VariantData create(UUID productId, VariantDraft draft) {
        requireProduct(productId, false);
        UUID id = UUID.randomUUID();
        Price price = draft.price();
        try {
            variants.insert(id, productId, draft.sku(), draft.name(), price == null ? null : price.amount(),
                    price == null ? null : price.currency(), attributes.write(draft.attributes()), Timestamps.now());
        } catch (DataAccessException e) {
            throw skuTakenOr(e, draft.sku());
        }
        return toData(live(productId, id));
    }

    @Transactional
    public VariantData update(UUID productId, UUID id, VariantDraft draft, IfMatch ifMatch) {
        requireProduct(productId, false);
        VariantRow current = live(productId, id);
        if (!ifMatch.matches(current.version())) {
            throw new StaleVersionException(RESOURCE, id);
        }
        Price price = draft.price();
        long updated;
        try {
            updated = variants.updateIfVersion(productId, id, current.version(), draft.sku(), draft.name(),
                    price == null ? null : price.amount(), price == null ? null : price.currency(),
                    attributes.write(draft.attributes()), Timestamps.now());
        } catch (DataAccessException e) {
            throw skuTakenOr(e, draft.sku());
        }
        if (updated == 0) {
            throw new StaleVersionException(RESOURCE, id);
        }
        return toData(live(productId, id));
    }

    @Transactional
    public void delete(UUID productId, UUID id, IfMatch ifMatch) {
        requireProduct(productId, false);
        VariantRow current = live(productId, id);
        if (!ifMatch.matches(current.version())) {
            throw new StaleVersionException(RESOURCE, id);
        }
        if (variants.softDeleteIfVersion(productId, id, current.version(), Timestamps.now()) == 0) {
            throw new StaleVersionException(RESOURCE, id);
        }
    }

    /** Soft-deletes every live variant of a product, inside the caller's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void deleteAllOf(UUID productId, Instant now) {
        variants.softDeleteAllOf(productId, now);
    }

    private void requireProduct(UUID productId, boolean publicOnly) {
        if (!variants.productVisible(productId, publicOnly)) {
            throw new NotFoundException("Product", productId);
        }
    }

    private VariantRow live(UUID productId, UUID id) {
        return variants.findLive(productId, id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    private static RuntimeException skuTakenOr(DataAccessException e, String sku) {
        if (UniqueViolation.on(e, "product_variant_sku")) {
            return new ConflictException(ProductsProblem.SKU_TAKEN, "SKU '" + sku + "' is already used in the catalog");
        }
        return e;
    }

    private VariantData toData(VariantRow row) {
        Price price = row.priceAmount() == null ? null : new Price(row.priceAmount(), row.priceCurrency().trim());
        return new VariantData(row.id(), row.productId(), row.sku(), row.name(), price,
                attributes.read(row.attributes()), row.version(), row.createdAt(), row.updatedAt());
    }
}
