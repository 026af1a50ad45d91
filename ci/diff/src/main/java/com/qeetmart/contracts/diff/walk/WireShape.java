package com.qeetmart.contracts.diff.walk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Set;

/**
 * What a schema says about the bytes on the wire, without what it says to people: two schemas of
 * the same shape (a branch renamed, its descriptions reworded) compare equal. Only a schema's own
 * keywords for people go, never a property that happens to be called {@code description}.
 */
public final class WireShape {

    private static final Set<String> FOR_PEOPLE = Set.of("description", "title", "example", "examples",
            "externalDocs", "deprecated", "xml");
    private static final List<String> SUBSCHEMAS = List.of("items", "additionalProperties", "not");
    private static final List<String> SUBSCHEMA_LISTS = List.of("allOf", "oneOf", "anyOf");

    private WireShape() {
    }

    public static boolean same(Schema<?> a, Schema<?> b) {
        return a != null && b != null && shape(Json.mapper().valueToTree(a)).equals(shape(Json.mapper().valueToTree(b)));
    }

    private static JsonNode shape(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return schema;
        }
        object.remove(FOR_PEOPLE);
        List<String> extensions = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("x-")) {
                extensions.add(name);
            }
        });
        object.remove(extensions);
        object.path("properties").forEach(WireShape::shape);
        SUBSCHEMAS.forEach(name -> shape(object.get(name)));
        SUBSCHEMA_LISTS.forEach(name -> object.path(name).forEach(WireShape::shape));
        return object;
    }
}
