package com.qeetmart.inventory.events;

import com.qeetmart.platform.events.EventCatalog;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * The inventory's events (inventory.yaml, InventoryEventType) and who may receive them: stock
 * events whoever may set stock; reservation events whoever may reserve, each only those of the
 * reservations it made (the database writes them with their maker as owner, V5__events.sql).
 */
@Singleton
class InventoryEventTypes implements EventCatalog {

    private static final Set<String> STOCK = Set.of("inventory:write");
    private static final Set<String> RESERVATIONS = Set.of("reservations:write");
    private static final List<EventType> TYPES = List.of(
            new EventType("stock.changed", STOCK),
            new EventType("reservation.created", RESERVATIONS),
            new EventType("reservation.committed", RESERVATIONS),
            new EventType("reservation.released", RESERVATIONS),
            new EventType("reservation.expired", RESERVATIONS));

    @Override
    public List<EventType> types() {
        return TYPES;
    }
}
