package com.qeetmart.contracts.diff.spec;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an OpenAPI 3.0 or 3.1 spec with swagger-parser (3.1 through the 3.0 copy that means the
 * same, see {@link Spec31}). References into other files (our
 * {@code common/components.yaml}) are resolved relative to the spec's own file, so a base and a
 * revision in different directories each use their own copy of the shared components.
 */
public final class SpecLoader {

    public LoadedSpec load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SpecLoadException(file + ": no such file");
        }
        if (Spec31.is31(file)) {
            return load31(file);
        }
        return parse(file, file);
    }

    // Parsed from a 3.0 copy that means the same (Spec31), reported under its own name.
    private LoadedSpec load31(Path file) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("contracts-diff-31-");
            return parse(Spec31.as30(file, scratch), file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private LoadedSpec parse(Path source, Path file) {
        ParseOptions options = new ParseOptions();
        // resolve=true inlines external files as components and keeps internal refs, which the
        // rules follow through Resolver; resolveFully would lose the schema names that oneOf
        // branches are matched by.
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser()
                .readLocation(source.toAbsolutePath().normalize().toString(), null, options);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (result.getOpenAPI() == null) {
            throw new SpecLoadException(file + ": not an OpenAPI 3 document" + describe(messages));
        }
        List<String> unresolved = messages.stream().filter(SpecLoader::aboutReferences).toList();
        if (!unresolved.isEmpty()) {
            throw new SpecLoadException(file + ": references cannot be resolved" + describe(unresolved));
        }
        // Judged as a client meets it on the wire (header case, media type parameters, scheme keys, base path).
        WireForm.apply(result.getOpenAPI());
        return new LoadedSpec(file, result.getOpenAPI());
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a scratch copy left in the temp directory harms nothing
        }
    }

    // swagger-parser reports a missing referenced file or component as a message and leaves the
    // $ref dangling; judging a spec with holes in it would report nonsense.
    private static boolean aboutReferences(String message) {
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("ref") && (lower.contains("unable") || lower.contains("could not")
                || lower.contains("not found") || lower.contains("does not exist"));
    }

    private static String describe(List<String> messages) {
        return messages.isEmpty() ? "" : ": " + String.join("; ", messages);
    }
}
