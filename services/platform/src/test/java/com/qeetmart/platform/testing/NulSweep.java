package com.qeetmart.platform.testing;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sends unsafe text to every operation of a service's contract: a NUL in each path parameter, in
 * every query parameter, and a NUL or an unpaired surrogate in every top-level field of a JSON
 * body. What each answered is returned, for the service's test to judge (400 problem+json).
 */
public final class NulSweep {

    /** What one probe was and what the service answered. */
    public record Outcome(String operation, String probe, int status, String contentType, String body) {
        /** Anything but 400 problem+json {@code VALIDATION_FAILED}. */
        public boolean notRefusedAsUnsafe() {
            return status != 400 || !contentType.startsWith("application/problem+json") || !body.contains("\"VALIDATION_FAILED\"");
        }

        @Override
        public String toString() {
            return operation + " (" + probe + "): " + status + " " + contentType + " " + body;
        }
    }

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final Path specFile;
    private final Map<String, Object> spec;
    private final HttpClient http = HttpClient.newHttpClient();

    private NulSweep(Path specFile) {
        this.specFile = specFile;
        this.spec = load(specFile);
    }

    /**
     * Asserts that every operation of the service's contract ({@code contracts/openapi/<service>.yaml})
     * answers every probe with 400 problem+json {@code VALIDATION_FAILED}, and that there were at least
     * {@code minProbes} of them (a spec read wrongly would otherwise pass with none).
     */
    public static void assertRefusedEverywhere(String service, int port, String token, int minProbes) {
        List<Outcome> outcomes = run(Path.of("../../contracts/openapi/" + service + ".yaml"), "http://127.0.0.1:" + port, token);
        List<Outcome> wrong = outcomes.stream().filter(Outcome::notRefusedAsUnsafe).toList();
        if (outcomes.size() < minProbes || !wrong.isEmpty()) {
            throw new AssertionError(outcomes.size() + " probes, not refused as unsafe:\n"
                    + String.join("\n", wrong.stream().map(Object::toString).toList()));
        }
    }

    /** Every probe of the spec's operations against the service at {@code base}, with this bearer token. */
    public static List<Outcome> run(Path spec, String base, String token) {
        return new NulSweep(spec).runAll(base, token);
    }

    @SuppressWarnings("unchecked")
    private List<Outcome> runAll(String base, String token) {
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
        paths.forEach((template, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            String id = (String) operation.get("operationId");
            List<Map<String, Object>> parameters = parametersOf((Map<String, Object>) item, operation);
            String valid = fill(template, parameters, false);
            if (PATH_PARAMETER.matcher(template).find()) {
                outcomes.add(send(id, "path parameter", method, base + fill(template, parameters, true), null, token));
            }
            String query = parameters.stream().filter(p -> "query".equals(p.get("in")))
                    .map(p -> p.get("name") + "=a%00b").collect(Collectors.joining("&"));
            if (!query.isEmpty()) {
                outcomes.add(send(id, "query", method, base + valid + "?" + query, null, token));
            }
            List<String> fields = bodyFields(operation);
            if (fields != null) {
                for (String unsafe : new String[] {"a\\u0000b", "a\\ud800b"}) {
                    String body = fields.stream().map(f -> "\"" + f + "\": \"" + unsafe + "\"")
                            .collect(Collectors.joining(", ", "{", "}"));
                    outcomes.add(send(id, "body " + unsafe, method, base + valid, body, token));
                }
            }
        }));
        return outcomes;
    }

    private Outcome send(String operation, String probe, String method, String url, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .method(method.toUpperCase(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(operation, probe, answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String fill(String template, List<Map<String, Object>> parameters, boolean unsafe) {
        Matcher matcher = PATH_PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Map<String, Object> schema = parameters.stream().filter(p -> name.equals(p.get("name")))
                    .map(p -> (Map<String, Object>) p.get("schema")).findFirst().orElse(Map.of());
            List<Object> allowed = (List<Object>) schema.get("enum");
            String value = unsafe ? "a%00b" : allowed != null ? allowed.get(0).toString() : UUID.randomUUID().toString();
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> parametersOf(Map<String, Object> item, Map<String, Object> operation) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Object list : new Object[] {item.get("parameters"), operation.get("parameters")}) {
            if (list != null) {
                ((List<Map<String, Object>>) list).forEach(p -> all.add(resolve(p)));
            }
        }
        return all;
    }

    /** The top-level property names of the JSON body (one made-up name when it has none), or null without a body. */
    @SuppressWarnings("unchecked")
    private List<String> bodyFields(Map<String, Object> operation) {
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) resolve(body).get("content");
        Map<String, Object> json = content == null ? null : (Map<String, Object>) content.get("application/json");
        if (json == null) {
            return null;
        }
        Map<String, Object> properties = (Map<String, Object>) resolve((Map<String, Object>) json.get("schema")).get("properties");
        return properties == null || properties.isEmpty() ? List.of("name") : new ArrayList<>(properties.keySet());
    }

    /** Follows a {@code $ref} (in this file, or in a file beside it) to what it names. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String[] parts = ref.toString().split("#", 2);
        Map<String, Object> document = parts[0].isEmpty() ? spec : load(specFile.resolveSibling(parts[0]));
        Object target = document;
        for (String segment : parts[1].substring(1).split("/")) {
            target = ((Map<String, Object>) target).get(segment);
        }
        return resolve((Map<String, Object>) target);
    }

    private static final Map<Path, Map<String, Object>> LOADED = new HashMap<>();

    private static synchronized Map<String, Object> load(Path file) {
        return LOADED.computeIfAbsent(file.normalize(), path -> {
            try (Reader reader = Files.newBufferedReader(path)) {
                return new Yaml().load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
