package com.qeetmart.gateway.edge;

import com.qeetmart.gateway.docs.ApiSpecDocument;
import com.qeetmart.gateway.docs.ApiSpecs;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The operations a client may call without a token: exactly those the service contracts declare
 * with {@code security: []} (register, login, refresh, password reset, JWKS, catalog reads).
 * Nothing is listed here by hand, so the gateway cannot drift from the contracts.
 */
@Singleton
public class PublicOperations {

    private record Template(String method, Pattern path) {
    }

    private final List<Template> templates;

    PublicOperations(ApiSpecs specs) {
        this.templates = specs.all().stream()
                .filter(spec -> !spec.name().equals("gateway"))
                .flatMap(spec -> spec.operations().stream())
                .filter(ApiSpecDocument.Operation::isPublic)
                .map(operation -> new Template(operation.method(), compile(operation.path())))
                .toList();
    }

    /** Whether a request to a service path (e.g. GET /products/42) needs no token. */
    public boolean isPublic(String method, String servicePath) {
        String effective = method.equals("HEAD") ? "GET" : method;
        for (Template template : templates) {
            if (template.method().equals(effective) && template.path().matcher(servicePath).matches()) {
                return true;
            }
        }
        return false;
    }

    // /products/{productId}/variants -> ^/products/[^/]+/variants/?$
    private static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder("^");
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.append("/?$").toString());
    }
}
