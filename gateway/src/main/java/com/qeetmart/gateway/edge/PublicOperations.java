package com.qeetmart.gateway.edge;

import com.qeetmart.gateway.docs.ApiSpecDocument;
import com.qeetmart.gateway.docs.ApiSpecs;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * The operations a client may call without a token: exactly those the service contracts declare
 * with {@code security: []} (register, login, refresh, password reset, JWKS, catalog reads).
 * Nothing is listed here by hand, so the gateway cannot drift from the contracts.
 */
@Singleton
public class PublicOperations {

    private final OperationIndex<Boolean> operations;

    PublicOperations(ApiSpecs specs) {
        this.operations = OperationIndex.of(specs.all().stream()
                .filter(spec -> !spec.name().equals("gateway"))
                .flatMap(spec -> spec.operations().stream())
                .filter(ApiSpecDocument.Operation::isPublic)
                .map(operation -> Map.entry(Map.entry(operation.method(), operation.path()), Boolean.TRUE))
                .toList());
    }

    /** Whether a request to a service path (e.g. GET /products/42) needs no token. */
    public boolean isPublic(String method, String servicePath) {
        for (OperationIndex.Candidate<Boolean> candidate : operations.candidates(method, servicePath)) {
            if (candidate.template().matches(servicePath)) {
                return true;
            }
        }
        return false;
    }
}
