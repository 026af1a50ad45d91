package com.qeetmart.platform.events;

import com.qeetmart.platform.security.Caller;

import java.util.List;
import java.util.Set;

/**
 * The events a service emits, as its contract names them, and who may receive each: a service
 * declares one (a bean), and the feed and webhook endpoints read it. An event that names an
 * owner is, besides, received only by that owner and administrators.
 */
public interface EventCatalog {

    /** An event type and the roles (people) or scopes (applications) that may receive it. */
    record EventType(String name, Set<String> receivers) {
    }

    List<EventType> types();

    /** The types among {@code requested} this caller may not receive, in request order. */
    default List<String> refused(Caller caller, List<String> requested) {
        return requested.stream().filter(name -> !mayReceive(caller, name)).toList();
    }

    /** Every type this caller may receive. */
    default List<String> receivable(Caller caller) {
        return types().stream().map(EventType::name).filter(name -> mayReceive(caller, name)).toList();
    }

    default boolean mayReceive(Caller caller, String name) {
        return types().stream().anyMatch(type -> type.name().equals(name)
                && (caller.isAdmin() || caller.holdsAny(type.receivers().toArray(String[]::new))));
    }
}
