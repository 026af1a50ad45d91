package com.qeetmart.products.category;

import com.qeetmart.platform.directread.DirectRead;
import com.qeetmart.products.catalog.CatalogEntityRead;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.util.UUID;

/** {@code getCategory} on the direct read path; categories look the same to every audience. */
@Factory
final class CategoryDirectRead {

    @Singleton
    DirectRead<UUID> getCategory(CategoryService service) {
        return new CatalogEntityRead("getCategory", "/categories/{categoryId}", (id, publicOnly) -> service
                .find(id).map(c -> new CatalogEntityRead.Found(c.version(), CategoryController.toApi(c))));
    }
}
