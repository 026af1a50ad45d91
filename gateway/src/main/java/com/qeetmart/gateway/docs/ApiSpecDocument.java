package com.qeetmart.gateway.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One OpenAPI document: its name (the file's), title and operations. */
public record ApiSpecDocument(String name, Map<String, Object> document) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /**
     * One operation of the document: method, path template, whether the edge asks it no bearer
     * token (it declares no security, {@code security: []} or an empty alternative, or none of its
     * alternatives is a bearer scheme: OAuth's token endpoint, where the client authenticates with
     * HTTP Basic, checked by the service), and the scopes that open it to a partner application.
     */
    public record Operation(String method, String path, String operationId, boolean isPublic, List<String> scopes) {
    }

    @SuppressWarnings("unchecked")
    public String title() {
        Map<String, Object> info = (Map<String, Object>) document.getOrDefault("info", Map.of());
        return String.valueOf(info.getOrDefault("title", name));
    }

    @SuppressWarnings("unchecked")
    public List<Operation> operations() {
        Object globalSecurity = document.get("security");
        Set<String> bearerSchemes = bearerSchemes();
        List<Operation> operations = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.getOrDefault("paths", Map.of());
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
            if (METHODS.contains(method)) {
                Map<String, Object> operation = (Map<String, Object>) value;
                Object security = operation.containsKey("security") ? operation.get("security") : globalSecurity;
                boolean isPublic = security instanceof List<?> alternatives && alternatives.stream().allMatch(
                        alternative -> alternative instanceof Map<?, ?> schemes && schemes.keySet().stream().noneMatch(bearerSchemes::contains));
                operations.add(new Operation(method.toUpperCase(), path,
                        String.valueOf(operation.get("operationId")), isPublic, scopes(security)));
            }
        }));
        return operations;
    }

    // The scopes any alternative names (area:action; upper-case values are people's roles).
    private static List<String> scopes(Object security) {
        List<String> scopes = new ArrayList<>();
        if (security instanceof List<?> alternatives) {
            for (Object alternative : alternatives) {
                if (alternative instanceof Map<?, ?> schemes) {
                    schemes.values().forEach(values -> {
                        if (values instanceof List<?> list) {
                            list.stream().map(String::valueOf).filter(value -> value.indexOf(':') > 0 && !scopes.contains(value))
                                    .forEach(scopes::add);
                        }
                    });
                }
            }
        }
        return List.copyOf(scopes);
    }

    // The security schemes a bearer token answers (type http, scheme bearer).
    @SuppressWarnings("unchecked")
    private Set<String> bearerSchemes() {
        Map<String, Object> components = (Map<String, Object>) document.getOrDefault("components", Map.of());
        Map<String, Object> schemes = (Map<String, Object>) components.getOrDefault("securitySchemes", Map.of());
        Set<String> bearer = new java.util.HashSet<>();
        schemes.forEach((name, scheme) -> {
            Map<String, Object> declared = (Map<String, Object>) scheme;
            if ("http".equals(declared.get("type")) && "bearer".equalsIgnoreCase(String.valueOf(declared.get("scheme")))) {
                bearer.add(name);
            }
        });
        return bearer;
    }
}
