package com.qeetmart.products.catalog;

import com.qeetmart.platform.security.Caller;
import com.qeetmart.platform.security.Callers;
import jakarta.inject.Singleton;

import java.util.Optional;

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
        return seesPublicCatalogOnly(callers.find());
    }

    /** The same rule for a caller known otherwise (a direct read's; empty: anonymous). */
    public static boolean seesPublicCatalogOnly(Optional<Caller> caller) {
        return !Caller.isAdmin(caller);
    }
}
