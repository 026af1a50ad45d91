package com.qeetmart.contracts.diff.spec;

import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The properties and required names of an object schema as a client sees them: its own plus those
 * of every {@code allOf} part, because a property moved into an allOf parent is not a change.
 * (A one-branch oneOf/anyOf wrapper is unwrapped before: {@code walk/OneBranch}.)
 */
public final class ObjectView {

    private ObjectView() {
    }

    public static Map<String, Schema<?>> properties(Schema<?> schema, Resolver resolver) {
        Map<String, Schema<?>> properties = new LinkedHashMap<>();
        collect(schema, resolver, properties, new LinkedHashSet<>(), 0);
        return properties;
    }

    public static Set<String> required(Schema<?> schema, Resolver resolver) {
        Set<String> required = new LinkedHashSet<>();
        collect(schema, resolver, new LinkedHashMap<>(), required, 0);
        return required;
    }

    /** How many oneOf plus anyOf branches a schema has (after following its reference). */
    public static int branches(Schema<?> schema, Resolver resolver) {
        Schema<?> resolved = resolver.schema(schema);
        return resolved == null ? 0 : size(resolved.getOneOf()) + size(resolved.getAnyOf());
    }

    private static int size(List<Schema> branches) {
        return branches == null ? 0 : branches.size();
    }

    private static void collect(Schema<?> schema, Resolver resolver, Map<String, Schema<?>> properties,
                                Set<String> required, int depth) {
        Schema<?> resolved = resolver.schema(schema);
        if (resolved == null || depth > 16) {
            return;
        }
        if (resolved.getProperties() != null) {
            resolved.getProperties().forEach((name, property) -> properties.putIfAbsent(name, property));
        }
        if (resolved.getRequired() != null) {
            required.addAll(resolved.getRequired());
        }
        List<Schema> parts = resolved.getAllOf();
        if (parts != null) {
            for (Schema<?> part : parts) {
                collect(part, resolver, properties, required, depth + 1);
            }
        }
    }
}
