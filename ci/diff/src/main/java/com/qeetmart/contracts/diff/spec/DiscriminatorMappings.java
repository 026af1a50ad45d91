package com.qeetmart.contracts.diff.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes every discriminator mapping value as a reference. OpenAPI allows a mapping to name a
 * schema ({@code cat: Cat}) as well as to refer to one ({@code cat: '#/components/schemas/Cat'});
 * both mean the same, and openapi-diff 2.1.7 crashes on the first.
 */
final class DiscriminatorMappings {

    private DiscriminatorMappings() {
    }

    static void apply(OpenAPI api) {
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(schema -> visit(schema, seen));
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().values().forEach(media -> visit(media.getSchema(), seen));
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().values().stream().filter(response -> response.getContent() != null)
                            .forEach(response -> response.getContent().values().forEach(media -> visit(media.getSchema(), seen)));
                }
            }));
        }
    }

    private static void visit(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getDiscriminator() != null && schema.getDiscriminator().getMapping() != null) {
            Map<String, String> mapping = new LinkedHashMap<>();
            schema.getDiscriminator().getMapping().forEach((value, target) ->
                    mapping.put(value, target.contains("/") || target.contains("#") ? target : "#/components/schemas/" + target));
            schema.getDiscriminator().setMapping(mapping);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> visit(property, seen));
        }
        visit(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            visit(additional, seen);
        }
        for (var branches : new java.util.List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (branches != null) {
                for (Object branch : branches) {
                    visit((Schema<?>) branch, seen);
                }
            }
        }
    }
}
