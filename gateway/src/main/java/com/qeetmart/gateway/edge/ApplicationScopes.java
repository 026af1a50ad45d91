package com.qeetmart.gateway.edge;

import com.qeetmart.gateway.docs.ApiSpecs;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scopes that open each service operation to a partner application, read from the contracts'
 * security alternatives (none listed by hand): what the edge's {@link ScopeCheck} compares an
 * application's token with. Public operations are not here: no token is asked of them.
 */
@Singleton
public class ApplicationScopes {

    private final OperationIndex<List<String>> operations;

    ApplicationScopes(ApiSpecs specs) {
        this.operations = OperationIndex.of(specs.all().stream()
                .filter(spec -> !spec.name().equals("gateway"))
                .flatMap(spec -> spec.operations().stream())
                .filter(operation -> !operation.isPublic())
                .map(operation -> Map.entry(Map.entry(operation.method(), operation.path()), operation.scopes()))
                .toList());
    }

    /**
     * The scopes that open the operation a request reaches (empty: none, it is for people only);
     * nothing when the request reaches no secured operation of the contracts (its service answers).
     * A path two templates match ({@code /products/search}, {@code /products/{id}}) is open to an
     * application when either opens it: the service, which knows its route, decides then.
     */
    public Optional<List<String>> scopesFor(String method, String servicePath) {
        List<String> scopes = null;
        for (OperationIndex.Candidate<List<String>> candidate : operations.candidates(method, servicePath)) {
            if (!candidate.template().matches(servicePath)) {
                continue;
            }
            if (scopes == null) {
                scopes = candidate.value(); // the contract's own list, immutable: no copy per request
            } else {
                List<String> both = new ArrayList<>(scopes);
                both.addAll(candidate.value());
                scopes = List.copyOf(both);
            }
        }
        return Optional.ofNullable(scopes);
    }
}
