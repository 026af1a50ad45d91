package com.qeetmart.gateway.edge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contracts' operation templates as the edge looks them up on every request: by method
 * (HEAD as GET), then by the path's first segment, so a request is matched against the few
 * templates of its own resource ({@code /users/...}), not every template of its method (a
 * profile of the gateway found the scope check's scan of all of them at 3% of its CPU samples). A
 * template whose first segment is a variable is a candidate for every path. No lookup allocates.
 *
 * @param <T> what each template carries (its scopes, or nothing)
 */
final class OperationIndex<T> {

    /** A template and what it carries. */
    record Candidate<T>(PathTemplate template, T value) {
    }

    private record Group<T>(String firstSegment, List<Candidate<T>> candidates) {
    }

    private final Map<String, List<Group<T>>> byMethod;
    private final Map<String, List<Candidate<T>>> anySegmentByMethod;

    private OperationIndex(Map<String, List<Group<T>>> byMethod, Map<String, List<Candidate<T>>> anySegmentByMethod) {
        this.byMethod = byMethod;
        this.anySegmentByMethod = anySegmentByMethod;
    }

    /** Builds the index; {@code entries} maps each (method, template) to its value. */
    static <T> OperationIndex<T> of(List<Map.Entry<Map.Entry<String, String>, T>> entries) {
        Map<String, Map<String, List<Candidate<T>>>> literal = new LinkedHashMap<>();
        Map<String, List<Candidate<T>>> anySegment = new LinkedHashMap<>();
        for (Map.Entry<Map.Entry<String, String>, T> entry : entries) {
            String method = entry.getKey().getKey();
            String template = entry.getKey().getValue();
            Candidate<T> candidate = new Candidate<>(PathTemplate.of(template), entry.getValue());
            String first = firstSegmentOf(template);
            if (first.indexOf('{') >= 0) {
                anySegment.computeIfAbsent(method, m -> new ArrayList<>()).add(candidate);
            } else {
                literal.computeIfAbsent(method, m -> new LinkedHashMap<>()).computeIfAbsent(first, f -> new ArrayList<>()).add(candidate);
            }
        }
        Map<String, List<Group<T>>> byMethod = new LinkedHashMap<>();
        literal.forEach((method, groups) -> byMethod.put(method, groups.entrySet().stream()
                .map(group -> new Group<>(group.getKey(), withAny(group.getValue(), anySegment.get(method)))).toList()));
        Map<String, List<Candidate<T>>> anyOnly = new LinkedHashMap<>();
        anySegment.forEach((method, candidates) -> anyOnly.put(method, List.copyOf(candidates)));
        return new OperationIndex<>(byMethod, anyOnly);
    }

    /** The templates a request of this method to this path may match (each still to be matched). */
    List<Candidate<T>> candidates(String method, String path) {
        String key = method.equals("HEAD") ? "GET" : method;
        List<Group<T>> groups = byMethod.get(key);
        if (groups != null) {
            int end = path.indexOf('/', 1);
            int length = (end < 0 ? path.length() : end) - 1;
            for (Group<T> group : groups) {
                if (group.firstSegment().length() == length && path.regionMatches(1, group.firstSegment(), 0, length)) {
                    return group.candidates();
                }
            }
        }
        return anySegmentByMethod.getOrDefault(key, List.of());
    }

    private static <T> List<Candidate<T>> withAny(List<Candidate<T>> literal, List<Candidate<T>> any) {
        List<Candidate<T>> all = new ArrayList<>(literal);
        if (any != null) {
            all.addAll(any);
        }
        return List.copyOf(all);
    }

    private static String firstSegmentOf(String template) {
        int end = template.indexOf('/', 1);
        return template.substring(1, end < 0 ? template.length() : end);
    }
}
