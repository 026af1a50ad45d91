package com.qeetmart.products.catalog;

import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

/**
 * Who is looking at the catalog: admins see every product; everyone else (anonymous callers
 * included) sees only ACTIVE ones, so drafts and archived products never leak to shoppers.
 */
@Singleton
public class CatalogAudience {

    static final String ADMIN = "ADMIN";

    private final SecurityService security;

    CatalogAudience(SecurityService security) {
        this.security = security;
    }

    public boolean seesPublicCatalogOnly() {
        return !security.hasRole(ADMIN);
    }
}
