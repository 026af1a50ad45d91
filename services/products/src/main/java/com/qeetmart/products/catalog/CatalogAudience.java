package com.qeetmart.products.catalog;

import com.qeetmart.platform.security.Caller;
import com.qeetmart.platform.security.Callers;
import jakarta.inject.Singleton;

/**
 * Who is looking at the catalog: admins see every product; everyone else (anonymous callers
 * included) sees only ACTIVE ones, so drafts and archived products never leak to shoppers.
 */
@Singleton
public class CatalogAudience {

    private final Callers callers;

    CatalogAudience(Callers callers) {
        this.callers = callers;
    }

    public boolean seesPublicCatalogOnly() {
        return callers.find().map(caller -> !caller.isAdmin()).orElse(true);
    }
}
