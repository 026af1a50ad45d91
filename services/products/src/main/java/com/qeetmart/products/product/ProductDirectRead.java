package com.qeetmart.products.product;

import com.qeetmart.platform.directread.DirectRead;
import com.qeetmart.products.catalog.CatalogEntityRead;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.util.UUID;

/** {@code getProduct} on the direct read path: the catalog's hottest read. */
@Factory
final class ProductDirectRead {

    @Singleton
    DirectRead<UUID> getProduct(ProductService service) {
        return new CatalogEntityRead("getProduct", "/products/{productId}", (id, publicOnly) -> service
                .find(id, publicOnly).map(p -> new CatalogEntityRead.Found(p.version(), ProductController.toApi(p))));
    }
}
