package com.qeetmart.contracts.diff.walk;

import com.qeetmart.contracts.diff.finding.Location;
import io.swagger.v3.oas.models.media.Schema;

/**
 * One property name of an object position, as the base and the revision declare it: either side
 * is null where that spec has no such property. The items of an array are one too, named null:
 * present and required on both sides. The schemas are as declared (a {@code $ref} or a
 * {@code nullable} beside one stays visible); {@link #resolvedBase()} and {@link #resolvedRevision()}
 * follow the reference.
 */
public record PropertyPair(SchemaPair owner, String name, Schema<?> base, Schema<?> revision,
                           boolean requiredInBase, boolean requiredInRevision) {

    public boolean isRequest() {
        return owner.isRequest();
    }

    public boolean isResponse() {
        return owner.isResponse();
    }

    public boolean isItems() {
        return name == null;
    }

    public boolean inBoth() {
        return base != null && revision != null;
    }

    public boolean removed() {
        return base != null && revision == null;
    }

    public Schema<?> resolvedBase() {
        return base == null ? null : owner.resolveBase(base);
    }

    public Schema<?> resolvedRevision() {
        return revision == null ? null : owner.resolveRevision(revision);
    }

    public Location location() {
        return isItems() ? owner.location() : owner.property(name);
    }
}
