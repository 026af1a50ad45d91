package com.qeetmart.contracts.diff.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.qeetmart.contracts.diff.finding.OperationRef;
import com.qeetmart.contracts.diff.walk.Direction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which operations read or write each schema of a spec, and which way: read from the files as
 * written (pointers named as {@link UnjudgedKeywords} names them: {@code api.yaml#/components/...},
 * {@code common.yaml#/...}), following {@code $ref}s across files, into every subschema. A request
 * body or parameter is written by the client; a response is read by it; a webhook's or callback's
 * request is read by the client and its response written by it.
 */
public final class SchemaUsages {

    /** One operation that carries a schema, and which way. */
    public record Use(OperationRef operation, Direction direction) {
    }

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas");
    private static final Set<String> SCHEMA_VALUES = Set.of("items", "additionalProperties", "not", "if", "then", "else",
            "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

    private final Path dir;
    private final String rootName;
    private final Map<Path, JsonNode> files = new HashMap<>();
    private final Map<String, List<Use>> uses = new LinkedHashMap<>();
    private final Set<String> visited = new HashSet<>();

    private SchemaUsages(Path root) {
        this.dir = root.toAbsolutePath().normalize().getParent();
        this.rootName = root.getFileName().toString();
    }

    public static SchemaUsages of(Path root) {
        SchemaUsages usages = new SchemaUsages(root);
        Path file = root.toAbsolutePath().normalize();
        JsonNode tree = usages.file(file);
        tree.path("paths").fields().forEachRemaining(path ->
                usages.pathItem(file, "#/paths/" + escape(path.getKey()), path.getKey(), path.getValue(), false));
        tree.path("webhooks").fields().forEachRemaining(hook -> usages.pathItem(file, "#/webhooks/" + escape(hook.getKey()),
                "/(webhook)/" + hook.getKey(), hook.getValue(), true));
        return usages;
    }

    /** How the schema at {@code where} is carried; empty when no operation reaches it. */
    public List<Use> of(String where) {
        return uses.getOrDefault(where, List.of());
    }

    public Optional<Use> first(String where, Direction direction) {
        return of(where).stream().filter(use -> use.direction() == direction).findFirst();
    }

    private void pathItem(Path file, String pointer, String path, JsonNode item, boolean toClient) {
        Located resolved = follow(file, pointer, item);
        for (String method : METHODS) {
            JsonNode operation = resolved.node().path(method);
            if (!operation.isObject()) {
                continue;
            }
            String at = resolved.pointer() + "/" + method;
            OperationRef ref = new OperationRef(method, path, operation.path("operationId").asText(null));
            Direction sent = toClient ? Direction.RESPONSE : Direction.REQUEST;
            Direction answered = toClient ? Direction.REQUEST : Direction.RESPONSE;
            parameters(resolved.file(), resolved.pointer() + "/parameters", resolved.node().path("parameters"), ref, sent);
            parameters(resolved.file(), at + "/parameters", operation.path("parameters"), ref, sent);
            Located body = follow(resolved.file(), at + "/requestBody", operation.path("requestBody"));
            content(body, ref, sent);
            operation.path("responses").fields().forEachRemaining(status -> {
                Located response = follow(resolved.file(), at + "/responses/" + escape(status.getKey()), status.getValue());
                content(response, ref, answered);
                response.node().path("headers").fields().forEachRemaining(header -> {
                    Located h = follow(response.file(), response.pointer() + "/headers/" + escape(header.getKey()), header.getValue());
                    schema(h.file(), h.pointer() + "/schema", h.node().path("schema"), new Use(ref, answered));
                });
            });
            operation.path("callbacks").fields().forEachRemaining(callback -> callback.getValue().fields().forEachRemaining(
                    expression -> pathItem(resolved.file(), at + "/callbacks/" + escape(callback.getKey()) + "/"
                            + escape(expression.getKey()), "/(callback)/" + callback.getKey(), expression.getValue(), !toClient)));
        }
    }

    private void parameters(Path file, String pointer, JsonNode parameters, OperationRef ref, Direction direction) {
        for (int i = 0; i < parameters.size(); i++) {
            Located parameter = follow(file, pointer + "/" + i, parameters.get(i));
            schema(parameter.file(), parameter.pointer() + "/schema", parameter.node().path("schema"), new Use(ref, direction));
            content(parameter, ref, direction);
        }
    }

    private void content(Located holder, OperationRef ref, Direction direction) {
        holder.node().path("content").fields().forEachRemaining(media -> schema(holder.file(),
                holder.pointer() + "/content/" + escape(media.getKey()) + "/schema", media.getValue().path("schema"),
                new Use(ref, direction)));
    }

    private void schema(Path file, String pointer, JsonNode node, Use use) {
        if (!node.isObject()) {
            return;
        }
        String where = name(file) + pointer;
        if (!visited.add(where + " " + use)) {
            return;
        }
        uses.computeIfAbsent(where, key -> new ArrayList<>()).add(use);
        if (node.has("$ref")) {
            Located target = follow(file, pointer, node);
            schema(target.file(), target.pointer(), target.node(), use);
        }
        node.fields().forEachRemaining(field -> {
            String at = pointer + "/" + escape(field.getKey());
            if (SCHEMA_MAPS.contains(field.getKey())) {
                field.getValue().fields().forEachRemaining(entry -> schema(file, at + "/" + escape(entry.getKey()), entry.getValue(), use));
            } else if (SCHEMA_VALUES.contains(field.getKey())) {
                schema(file, at, field.getValue(), use);
            } else if (SCHEMA_LISTS.contains(field.getKey())) {
                for (int i = 0; i < field.getValue().size(); i++) {
                    schema(file, at + "/" + i, field.getValue().get(i), use);
                }
            }
        });
    }

    private record Located(Path file, String pointer, JsonNode node) {
    }

    /** A node, or what its {@code $ref} names (in this file or another), as many times as it takes. */
    private Located follow(Path file, String pointer, JsonNode node) {
        Located at = new Located(file, pointer, node);
        for (int hops = 0; hops < 16 && at.node().path("$ref").isTextual(); hops++) {
            String ref = at.node().path("$ref").asText();
            if (ref.contains("://")) {
                break; // not a file of this spec: the loader reports what it cannot read
            }
            int hash = ref.indexOf('#');
            Path target = hash == 0 ? at.file() : at.file().getParent().resolve(hash < 0 ? ref : ref.substring(0, hash)).normalize();
            String fragment = hash < 0 ? "" : ref.substring(hash + 1);
            JsonNode tree = file(target);
            at = new Located(target, "#" + fragment, fragment.isEmpty() ? tree : tree.at(fragment));
        }
        return at;
    }

    private JsonNode file(Path file) {
        return files.computeIfAbsent(file, Spec31::read);
    }

    // The root file by its own name, another by its path from the root's directory (as UnjudgedKeywords).
    private String name(Path file) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        return relative.equals(rootName) ? rootName : relative;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
