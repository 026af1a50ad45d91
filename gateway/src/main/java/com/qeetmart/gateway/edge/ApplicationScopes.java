package com.qeetmart.gateway.edge;

import com.qeetmart.gateway.docs.ApiSpecDocument;
import com.qeetmart.gateway.docs.ApiSpecs;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The scopes that open each service operation to a partner application, read from the contracts'
 * security alternatives (none listed by hand): what the edge's {@link ScopeCheck} compares an
 * application's token with. Public operations are not here: no token is asked of them.
 */
@Singleton
public class ApplicationScopes {

    private record Entry(PathTemplate template, List<String> scopes) {
    }

    private final Map<String, List<Entry>> byMethod;

    ApplicationScopes(ApiSpecs specs) {
        this.byMethod = specs.all().stream()
                .filter(spec -> !spec.name().equals("gateway"))
                .flatMap(spec -> spec.operations().stream())
                .filter(operation -> !operation.isPublic())
                .collect(Collectors.groupingBy(ApiSpecDocument.Operation::method, Collectors.mapping(
                        operation -> new Entry(PathTemplate.of(operation.path()), operation.scopes()), Collectors.toList())));
    }

    /**
     * The scopes that open the operation a request reaches (empty: none, it is for people only);
     * nothing when the request reaches no secured operation of the contracts (its service answers).
     * A path two templates match ({@code /products/search}, {@code /products/{id}}) is open to an
     * application when either opens it: the service, which knows its route, decides then.
     */
    public Optional<List<String>> scopesFor(String method, String servicePath) {
        List<Entry> entries = byMethod.get(method.equals("HEAD") ? "GET" : method);
        if (entries == null) {
            return Optional.empty();
        }
        List<String> scopes = null;
        for (Entry entry : entries) {
            if (entry.template().matches(servicePath)) {
                scopes = scopes == null ? new ArrayList<>() : scopes;
                scopes.addAll(entry.scopes());
            }
        }
        return Optional.ofNullable(scopes).map(List::copyOf);
    }
}
