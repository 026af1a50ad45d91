package com.qeetmart.gateway.edge;

import com.qeetmart.gateway.docs.ApiSpecDocument;
import com.qeetmart.gateway.docs.ApiSpecs;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The operations a client may call without a token: exactly those the service contracts declare
 * with {@code security: []} (register, login, refresh, password reset, JWKS, catalog reads).
 * Nothing is listed here by hand, so the gateway cannot drift from the contracts.
 */
@Singleton
public class PublicOperations {

    // The literal start of the template ("/products/" of /products/{id}) is checked before its pattern:
    // most requests are told apart by it, without running a regular expression.
    private record Template(String literalStart, Pattern path) {
    }

    private final Map<String, List<Template>> templatesByMethod;

    PublicOperations(ApiSpecs specs) {
        this.templatesByMethod = specs.all().stream()
                .filter(spec -> !spec.name().equals("gateway"))
                .flatMap(spec -> spec.operations().stream())
                .filter(ApiSpecDocument.Operation::isPublic)
                .collect(Collectors.groupingBy(ApiSpecDocument.Operation::method, Collectors.mapping(
                        operation -> new Template(literalStart(operation.path()), compile(operation.path())), Collectors.toList())));
    }

    /** Whether a request to a service path (e.g. GET /products/42) needs no token. */
    public boolean isPublic(String method, String servicePath) {
        List<Template> templates = templatesByMethod.get(method.equals("HEAD") ? "GET" : method);
        if (templates == null) {
            return false;
        }
        for (Template template : templates) {
            if (servicePath.startsWith(template.literalStart()) && template.path().matcher(servicePath).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String literalStart(String template) {
        int variable = template.indexOf('{');
        return variable < 0 ? template : template.substring(0, variable);
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
