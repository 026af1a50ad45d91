package com.qeetmart.gateway.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One OpenAPI document: its name (the file's), title and operations. */
public record ApiSpecDocument(String name, Map<String, Object> document) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** One operation of the document: method, path template, and whether it declares no security. */
    public record Operation(String method, String path, String operationId, boolean isPublic) {
    }

    @SuppressWarnings("unchecked")
    public String title() {
        Map<String, Object> info = (Map<String, Object>) document.getOrDefault("info", Map.of());
        return String.valueOf(info.getOrDefault("title", name));
    }

    @SuppressWarnings("unchecked")
    public List<Operation> operations() {
        Object globalSecurity = document.get("security");
        List<Operation> operations = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.getOrDefault("paths", Map.of());
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
            if (METHODS.contains(method)) {
                Map<String, Object> operation = (Map<String, Object>) value;
                Object security = operation.containsKey("security") ? operation.get("security") : globalSecurity;
                boolean isPublic = security instanceof List<?> list && list.isEmpty();
                operations.add(new Operation(method.toUpperCase(), path,
                        String.valueOf(operation.get("operationId")), isPublic));
            }
        }));
        return operations;
    }
}
