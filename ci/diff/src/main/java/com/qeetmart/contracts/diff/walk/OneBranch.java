package com.qeetmart.contracts.diff.walk;

import com.qeetmart.contracts.diff.spec.Resolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;

/**
 * A {@code oneOf} or {@code anyOf} of exactly one branch and nothing of its own (no type, enum,
 * properties or allOf): the same values as that branch, nullable when the wrapper is. 3.1 writes a
 * nullable reference this way ({@code anyOf: [{$ref: Status}, {type: 'null'}]}, read as 3.0:
 * {@code anyOf: [Status], nullable: true}).
 */
final class OneBranch {

    private OneBranch() {
    }

    /** The one branch, or null when the schema is not such a wrapper. */
    static Schema<?> of(Schema<?> schema) {
        List<Schema> oneOf = schema.getOneOf();
        List<Schema> anyOf = schema.getAnyOf();
        int branches = (oneOf == null ? 0 : oneOf.size()) + (anyOf == null ? 0 : anyOf.size());
        boolean ownShape = schema.getType() != null || schema.getEnum() != null || schema.getProperties() != null
                || schema.getAllOf() != null || schema.getItems() != null;
        if (branches != 1 || ownShape) {
            return null;
        }
        return oneOf != null && !oneOf.isEmpty() ? oneOf.get(0) : anyOf.get(0);
    }

    /** Whether the schema is any oneOf or anyOf. */
    static boolean composed(Schema<?> schema) {
        return (schema.getOneOf() != null && !schema.getOneOf().isEmpty())
                || (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty());
    }

    /** A copy of the wrapper's branch (followed), nullable if the wrapper is. */
    static Schema<?> unwrap(Schema<?> wrapper, Resolver resolver) {
        Schema<?> branch = resolver.schema(of(wrapper));
        if (branch == null) {
            return wrapper;
        }
        Schema<?> copy = Json.mapper().convertValue(branch, Schema.class);
        if (Boolean.TRUE.equals(wrapper.getNullable())) {
            copy.setNullable(true);
        }
        return copy;
    }
}
