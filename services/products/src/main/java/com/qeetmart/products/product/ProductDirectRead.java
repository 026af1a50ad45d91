package com.qeetmart.products.product;

import com.qeetmart.platform.directread.DirectRead;
import com.qeetmart.platform.directread.PathKeys;
import com.qeetmart.platform.directread.Representation;
import com.qeetmart.platform.security.Caller;
import com.qeetmart.products.catalog.CatalogAudience;
import com.qeetmart.products.catalog.CatalogReads;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/**
 * {@code getProduct} on the direct read path: the catalog's hottest read, answered as the
 * controller answers it (same service call, same API model, same caching rule by audience).
 */
@Singleton
final class ProductDirectRead implements DirectRead<UUID> {

    private final ProductService service;

    ProductDirectRead(ProductService service) {
        this.service = service;
    }

    @Override
    public String operation() {
        return "getProduct";
    }

    @Override
    public String route() {
        return "/products/{productId}";
    }

    @Override
    public UUID keyOf(String path) {
        return PathKeys.uuidAfter("/products/", path);
    }

    @Override
    public Optional<Representation> read(UUID id, Optional<Caller> caller) {
        boolean publicOnly = CatalogAudience.seesPublicCatalogOnly(caller);
        return service.find(id, publicOnly).map(product -> new Representation(product.version(),
                ProductController.toApi(product), CatalogReads.cacheControl(publicOnly)));
    }
}
