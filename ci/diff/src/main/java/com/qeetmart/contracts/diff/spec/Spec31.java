package com.qeetmart.contracts.diff.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an OpenAPI 3.1 document as the 3.0 document that means the same, so openapi-diff and the
 * house rules (which know 3.0) judge it, and a spec migrated from 3.0 to 3.1 without a change of
 * meaning shows no change: {@code type: [T, "null"]} is {@code type: T, nullable: true}, a
 * {@code "null"} branch of a oneOf/anyOf is {@code nullable}, {@code const} is a one-value enum,
 * a numeric {@code exclusiveMinimum}/{@code exclusiveMaximum} is the bound with the 3.0 flag.
 * Webhooks become operations under {@code /(webhook)/NAME}, marked as sent to the client
 * ({@link ClientBound}). Files it references are converted alike, in a scratch directory
 * that keeps their relative places.
 */
public final class Spec31 {

    /** Where a 3.1 schema's several types are kept, since a 3.0 {@code type} holds one. */
    public static final String TYPES_EXTENSION = "x-qeetmart-types";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private Spec31() {
    }

    static boolean is31(Path file) {
        JsonNode version = read(file).path("openapi");
        return version.isTextual() && version.asText().startsWith("3.1");
    }

    /** The root file of the converted copy, in {@code scratch}. */
    static Path as30(Path root, Path scratch) {
        Path base = root.toAbsolutePath().normalize().getParent();
        Map<Path, JsonNode> files = new LinkedHashMap<>();
        Deque<Path> pending = new ArrayDeque<>();
        pending.add(root.toAbsolutePath().normalize());
        while (!pending.isEmpty()) {
            Path file = pending.poll();
            if (files.containsKey(file) || !Files.isRegularFile(file)) {
                continue;
            }
            JsonNode tree = read(file);
            files.put(file, tree);
            referencedFiles(tree, file.getParent(), pending);
            while (!file.getParent().startsWith(base)) {
                base = base.getParent();
            }
        }
        for (Map.Entry<Path, JsonNode> file : files.entrySet()) {
            JsonNode tree = file.getValue();
            if (tree instanceof ObjectNode document && document.has("openapi")) {
                document.put("openapi", "3.0.3");
                hoistWebhooks(document);
            }
            convert(tree);
            write(scratch.resolve(base.relativize(file.getKey())), tree);
        }
        return scratch.resolve(base.relativize(root.toAbsolutePath().normalize()));
    }

    private static void hoistWebhooks(ObjectNode document) {
        JsonNode webhooks = document.remove("webhooks");
        if (!(webhooks instanceof ObjectNode hooks) || hooks.isEmpty()) {
            return;
        }
        ObjectNode paths = document.has("paths") && document.get("paths").isObject()
                ? (ObjectNode) document.get("paths") : document.putObject("paths");
        hooks.fields().forEachRemaining(hook -> {
            if (hook.getValue() instanceof ObjectNode item) {
                item.put(ClientBound.MARK, "webhook " + hook.getKey());
                paths.set(ClientBound.WEBHOOKS + hook.getKey(), item);
            }
        });
    }

    private static void convert(JsonNode node) {
        if (node instanceof ArrayNode array) {
            array.forEach(Spec31::convert);
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        object.elements().forEachRemaining(Spec31::convert);
        JsonNode type = object.get("type");
        if (type instanceof ArrayNode types) {
            ArrayNode kept = JSON.createArrayNode();
            types.forEach(t -> {
                if ("null".equals(t.asText())) {
                    object.put("nullable", true);
                } else {
                    kept.add(t);
                }
            });
            if (kept.size() == 1) {
                object.set("type", kept.get(0));
            } else {
                // Several types: no single 3.0 type says it; the rules read them here (TypeSetRule).
                object.remove("type");
                object.set(TYPES_EXTENSION, kept);
            }
        }
        for (String composition : new String[] {"oneOf", "anyOf"}) {
            if (object.get(composition) instanceof ArrayNode branches) {
                for (Iterator<JsonNode> it = branches.elements(); it.hasNext(); ) {
                    JsonNode branch = it.next();
                    if (branch.size() == 1 && "null".equals(branch.path("type").asText())) {
                        it.remove();
                        object.put("nullable", true);
                    }
                }
            }
        }
        if (object.has("const") && !object.has("enum")) {
            object.set("enum", JSON.createArrayNode().add(object.remove("const")));
        }
        bound(object, "exclusiveMinimum", "minimum");
        bound(object, "exclusiveMaximum", "maximum");
        if (object.get("examples") instanceof ArrayNode examples && object.has("type")) {
            object.remove("examples");
            if (!examples.isEmpty() && !object.has("example")) {
                object.set("example", examples.get(0));
            }
        }
    }

    private static void bound(ObjectNode schema, String exclusive, String inclusive) {
        JsonNode value = schema.get(exclusive);
        if (value != null && value.isNumber()) {
            schema.set(inclusive, value);
            schema.put(exclusive, true);
        }
    }

    static void referencedFiles(JsonNode node, Path dir, Deque<Path> into) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && !ref.asText().startsWith("#") && !ref.asText().contains("://")) {
                String file = ref.asText().split("#", 2)[0];
                if (!file.isEmpty()) {
                    into.add(dir.resolve(file).normalize());
                }
            }
        }
        node.elements().forEachRemaining(child -> referencedFiles(child, dir, into));
    }

    static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new SpecLoadException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static void write(Path file, JsonNode tree) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
