package com.qeetmart.contracts.diff.walk;

import com.qeetmart.contracts.diff.spec.Resolver;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The branches of a {@code oneOf} or {@code anyOf}, keyed so that the same branch gets the same
 * key in both specs: a {@code $ref} branch by its schema name (order does not matter), an inline
 * branch by its position (the house rules forbid inline branches, so this is only a fallback).
 */
public final class Branches {

    public enum Kind { ONE_OF, ANY_OF }

    private Branches() {
    }

    public static Map<String, Schema<?>> of(Schema<?> schema, Kind kind) {
        List<Schema> branches = kind == Kind.ONE_OF ? schema.getOneOf() : schema.getAnyOf();
        Map<String, Schema<?>> keyed = new LinkedHashMap<>();
        if (branches == null) {
            return keyed;
        }
        for (int index = 0; index < branches.size(); index++) {
            Schema<?> branch = branches.get(index);
            String key = branch.get$ref() != null ? Resolver.refName(branch.get$ref()) : "inline #" + (index + 1);
            keyed.put(key, branch);
        }
        return keyed;
    }

    public static String label(Kind kind) {
        return kind == Kind.ONE_OF ? "oneOf" : "anyOf";
    }
}
