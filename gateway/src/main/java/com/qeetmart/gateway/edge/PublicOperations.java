package com.qeetmart.gateway.edge;

import com.qeetmart.gateway.docs.ApiSpecDocument;
import com.qeetmart.gateway.docs.ApiSpecs;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The operations a client may call without a token: exactly those the service contracts declare
 * with {@code security: []} (register, login, refresh, password reset, JWKS, catalog reads).
 * Nothing is listed here by hand, so the gateway cannot drift from the contracts.
 */
@Singleton
public class PublicOperations {

    private final Map<String, List<PathTemplate>> templatesByMethod;

    PublicOperations(ApiSpecs specs) {
        this.templatesByMethod = specs.all().stream()
                .filter(spec -> !spec.name().equals("gateway"))
                .flatMap(spec -> spec.operations().stream())
                .filter(ApiSpecDocument.Operation::isPublic)
                .collect(Collectors.groupingBy(ApiSpecDocument.Operation::method, Collectors.mapping(
                        operation -> PathTemplate.of(operation.path()), Collectors.toList())));
    }

    /** Whether a request to a service path (e.g. GET /products/42) needs no token. */
    public boolean isPublic(String method, String servicePath) {
        List<PathTemplate> templates = templatesByMethod.get(method.equals("HEAD") ? "GET" : method);
        if (templates == null) {
            return false;
        }
        for (PathTemplate template : templates) {
            if (template.matches(servicePath)) {
                return true;
            }
        }
        return false;
    }
}
