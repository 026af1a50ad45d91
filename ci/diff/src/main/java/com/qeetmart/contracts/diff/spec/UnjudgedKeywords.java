package com.qeetmart.contracts.diff.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.qeetmart.contracts.diff.finding.NotJudged;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds what the gate cannot judge: the JSON Schema keywords of OpenAPI 3.1 (2020-12) and 3.0 that
 * no rule compares, read from the files themselves (the parsed models drop most of them), wherever
 * a schema both specs have adds, removes or changes one. A keyword in a schema only the revision
 * has (a new operation's, a new property's) breaks no client and is not reported; one inside an
 * unjudged keyword's own subschema is judged with it, as part of its value.
 */
public final class UnjudgedKeywords {

    /** Keywords no rule of the gate compares (yet). */
    public static final Set<String> KEYWORDS = Set.of("if", "then", "else", "dependentRequired", "dependentSchemas",
            "contains", "minContains", "maxContains", "patternProperties", "propertyNames", "unevaluatedProperties",
            "unevaluatedItems", "contentMediaType", "contentEncoding", "contentSchema", "prefixItems", "not",
            "$dynamicRef", "$dynamicAnchor", "$id", "$anchor", "$schema");
    // Where the judged keywords hold subschemas (the unjudged ones are compared whole).
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "$defs", "definitions");
    private static final Set<String> SCHEMA_VALUES = Set.of("items", "additionalProperties");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf");

    private UnjudgedKeywords() {
    }

    /**
     * One keyword added, removed or changed in a schema both specs have, with its values (null on
     * the side that lacks it).
     */
    public record KeywordChange(String where, String keyword, JsonNode before, JsonNode after) {

        public NotJudged asNotJudged() {
            return new NotJudged(where, keyword, before == null ? "added" : after == null ? "removed" : "changed");
        }
    }

    /** The unjudged changes between two specs (each with the files it references), as the revision is read. */
    public static List<NotJudged> between(Path base, Path revision) {
        return changes(base, revision).stream().map(KeywordChange::asNotJudged).toList();
    }

    /** The same changes with their values, for what can judge some of them ({@code KeywordJudge}). */
    public static List<KeywordChange> changes(Path base, Path revision) {
        Map<String, JsonNode> before = schemas(base);
        Map<String, JsonNode> after = schemas(revision);
        String root = revision.getFileName().toString();
        List<KeywordChange> changes = new ArrayList<>();
        after.forEach((where, schema) -> {
            JsonNode old = before.get(where);
            if (old == null) {
                return;
            }
            for (String keyword : KEYWORDS.stream().sorted().toList()) {
                JsonNode was = old.get(keyword);
                JsonNode is = schema.get(keyword);
                if (!Objects.equals(was, is)) {
                    changes.add(new KeywordChange(where.startsWith("#") ? root + where : where, keyword, was, is));
                }
            }
        });
        return changes;
    }

    /**
     * Every schema object of the spec and the files it references, by {@code file#pointer}: the
     * root file's without a name ({@code #/components/...}), so a base and a revision of different
     * names match; a referenced file's by its path from the root's directory.
     */
    static Map<String, JsonNode> schemas(Path root) {
        Path dir = root.toAbsolutePath().normalize().getParent();
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        Deque<Path> pending = new ArrayDeque<>(List.of(root.toAbsolutePath().normalize()));
        List<Path> seen = new ArrayList<>();
        while (!pending.isEmpty()) {
            Path file = pending.poll();
            if (seen.contains(file) || !Files.isRegularFile(file)) {
                continue;
            }
            seen.add(file);
            JsonNode tree = Spec31.read(file);
            Spec31.referencedFiles(tree, file.getParent(), pending);
            String name = seen.size() == 1 ? "" : dir.relativize(file).toString().replace('\\', '/');
            findSchemas(tree, name + "#", schemas);
        }
        return schemas;
    }

    // Outside schemas: a media type's, parameter's or header's "schema", and components/schemas.
    private static void findSchemas(JsonNode node, String pointer, Map<String, JsonNode> into) {
        if (!node.isContainerNode()) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findSchemas(node.get(i), pointer + "/" + i, into);
            }
            return;
        }
        node.fields().forEachRemaining(field -> {
            String at = pointer + "/" + escape(field.getKey());
            if (field.getKey().equals("schema")) {
                schema(field.getValue(), at, into);
            } else if (field.getKey().equals("schemas") && pointer.endsWith("#/components")) {
                field.getValue().fields().forEachRemaining(named -> schema(named.getValue(), at + "/" + escape(named.getKey()), into));
            } else if (!field.getKey().startsWith("x-") && !field.getKey().startsWith("example")) {
                findSchemas(field.getValue(), at, into);
            }
        });
    }

    private static void schema(JsonNode node, String pointer, Map<String, JsonNode> into) {
        if (!node.isObject()) {
            return;
        }
        into.put(pointer, node);
        node.fields().forEachRemaining(field -> {
            String keyword = field.getKey();
            String at = pointer + "/" + escape(keyword);
            if (SCHEMA_MAPS.contains(keyword)) {
                field.getValue().fields().forEachRemaining(entry -> schema(entry.getValue(), at + "/" + escape(entry.getKey()), into));
            } else if (SCHEMA_VALUES.contains(keyword)) {
                schema(field.getValue(), at, into);
            } else if (SCHEMA_LISTS.contains(keyword) && field.getValue().isArray()) {
                for (int i = 0; i < field.getValue().size(); i++) {
                    schema(field.getValue().get(i), at + "/" + i, into);
                }
            }
        });
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
