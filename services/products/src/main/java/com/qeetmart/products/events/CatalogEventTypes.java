package com.qeetmart.products.events;

import com.qeetmart.platform.events.EventCatalog;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The catalog's events (products.yaml, CatalogEventType): received by administrators and by
 * applications that may write the catalog, who see its drafts too.
 */
@Singleton
class CatalogEventTypes implements EventCatalog {

    private static final Set<String> RECEIVERS = Set.of("catalog:write");
    private static final List<EventType> TYPES = Stream.of("product", "category")
            .flatMap(resource -> Stream.of("created", "updated", "deleted").map(change -> resource + "." + change))
            .map(name -> new EventType(name, RECEIVERS)).toList();

    @Override
    public List<EventType> types() {
        return TYPES;
    }
}
