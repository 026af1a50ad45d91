package com.qeetmart.products.category;

import com.qeetmart.platform.directread.DirectRead;
import com.qeetmart.platform.directread.PathKeys;
import com.qeetmart.platform.directread.Representation;
import com.qeetmart.platform.security.Caller;
import com.qeetmart.products.catalog.CatalogAudience;
import com.qeetmart.products.catalog.CatalogReads;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/** {@code getCategory} on the direct read path, answered as the controller answers it. */
@Singleton
final class CategoryDirectRead implements DirectRead<UUID> {

    private final CategoryService service;

    CategoryDirectRead(CategoryService service) {
        this.service = service;
    }

    @Override
    public String operation() {
        return "getCategory";
    }

    @Override
    public String route() {
        return "/categories/{categoryId}";
    }

    @Override
    public UUID keyOf(String path) {
        return PathKeys.uuidAfter("/categories/", path);
    }

    @Override
    public Optional<Representation> read(UUID id, Optional<Caller> caller) {
        boolean publicOnly = CatalogAudience.seesPublicCatalogOnly(caller);
        return service.find(id).map(category -> new Representation(category.version(),
                CategoryController.toApi(category), CatalogReads.cacheControl(publicOnly)));
    }
}
