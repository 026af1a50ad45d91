package com.qeetmart.products.catalog;

import com.qeetmart.platform.security.Caller;
import com.qeetmart.platform.security.Callers;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Who is looking at the catalog: whoever may change it (an admin, or a partner application
 * holding {@code catalog:write}) sees every product; everyone else (anonymous callers included)
 * sees only ACTIVE ones, so drafts and archived products never leak to shoppers.
 */
@Singleton
public class CatalogAudience {

    /** The scope that opens the catalog's writes to a partner application (products.yaml). */
    public static final String CATALOG_WRITE = "catalog:write";

    private final Callers callers;

    CatalogAudience(Callers callers) {
        this.callers = callers;
    }

    public boolean seesPublicCatalogOnly() {
        return seesPublicCatalogOnly(callers.find());
    }

    /** The same rule for a caller known otherwise (a direct read's; empty: anonymous). */
    public static boolean seesPublicCatalogOnly(Optional<Caller> caller) {
        return !caller.map(c -> c.holdsAny(Caller.ADMIN, CATALOG_WRITE)).orElse(false);
    }
}
