package com.qeetmart.platform.testing;

import com.qeetmart.platform.errors.ProblemCode;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The problems a contract documents: every example problem in {@code contracts/openapi/<spec>}
 * (code, type and title). A service's test holds its error enum to it, so that a new error
 * cannot ship undocumented and a documented one cannot drift from what the service answers.
 * Which operation answers which error is checked on the wire by {@code ci/contracts-conformance}.
 */
public final class DocumentedProblems {

    /** One documented problem: what a client branching on it reads. */
    public record Documented(String code, String type, String title) {
    }

    private DocumentedProblems() {
    }

    public static List<Documented> in(String spec) {
        Path file = Path.of("../../contracts/openapi/" + spec);
        try {
            List<Documented> found = new ArrayList<>();
            collect(new Yaml().load(Files.readString(file)), found);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each code of {@code codes} is documented in {@code spec}, and every documented occurrence matches it. */
    public static <E extends Enum<E> & ProblemCode> void assertEveryCodeDocumented(Class<E> codes, String spec) {
        Map<String, List<Documented>> byCode = new HashMap<>();
        for (Documented documented : in(spec)) {
            assertEquals(typeOf(documented.code()), documented.type(),
                    spec + ": the type of " + documented.code() + " is derived from its code");
            byCode.computeIfAbsent(documented.code(), c -> new ArrayList<>()).add(documented);
        }
        for (E code : codes.getEnumConstants()) {
            List<Documented> documented = byCode.getOrDefault(code.name(), List.of());
            assertTrue(!documented.isEmpty(), spec + " documents no example of " + code.name());
            for (Documented each : documented) {
                assertEquals(code.title(), each.title(), spec + ": the title of " + code.name());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Documented> found) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("code") instanceof String code && map.get("type") instanceof String type
                    && type.startsWith("/problems/")) {
                found.add(new Documented(code, type, String.valueOf(map.get("title"))));
            }
            map.values().forEach(value -> collect(value, found));
        } else if (node instanceof Collection<?> list) {
            list.forEach(value -> collect(value, found));
        }
    }

    // The type rule as a client reads it, spelt out apart from ProblemCode.type() so that a change
    // to that rule fails here.
    private static String typeOf(String code) {
        return "/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
