package com.qeetmart.products.catalog;

import com.qeetmart.platform.directread.DirectRead;
import com.qeetmart.platform.directread.PathKeys;
import com.qeetmart.platform.directread.Representation;
import com.qeetmart.platform.security.Caller;

import java.util.Optional;
import java.util.UUID;

/**
 * A catalog entity by id on the direct read path, answered as its controller answers it: the same
 * service call for the caller's audience, the same API model, the same caching rule by audience.
 * Each feature package makes its own from its service and its controller's mapping.
 */
public final class CatalogEntityRead implements DirectRead<UUID> {

    /** The entity as the audience may see it: its version (the ETag) and its API model. */
    public record Found(long version, Object body) {
    }

    /** Finds an entity by id for the public catalog ({@code publicOnly}) or for admins. */
    public interface Finder {
        Optional<Found> find(UUID id, boolean publicOnly);
    }

    private final String operation;
    private final String route;
    private final String prefix;
    private final Finder finder;

    /** {@code route} as the contract writes it, ending in the id: {@code /products/{productId}}. */
    public CatalogEntityRead(String operation, String route, Finder finder) {
        this.operation = operation;
        this.route = route;
        this.prefix = route.substring(0, route.lastIndexOf('{'));
        this.finder = finder;
    }

    @Override
    public String operation() {
        return operation;
    }

    @Override
    public String route() {
        return route;
    }

    @Override
    public UUID keyOf(String path) {
        return PathKeys.uuidAfter(prefix, path);
    }

    @Override
    public Optional<Representation> read(UUID id, Optional<Caller> caller) {
        boolean publicOnly = CatalogAudience.seesPublicCatalogOnly(caller);
        return finder.find(id, publicOnly).map(found ->
                new Representation(found.version(), found.body(), CatalogReads.cacheControl(publicOnly)));
    }
}
