package com.qeetmart.contracts.diff.walk;

import com.qeetmart.contracts.diff.finding.OperationRef;
import com.qeetmart.contracts.diff.spec.LoadedSpec;
import com.qeetmart.contracts.diff.spec.Resolver;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A base spec and its revision, with their operations matched by method and path template.
 * Path parameter names do not take part in the match: renaming {@code {id}} to {@code {productId}}
 * changes no URL a client calls.
 */
public record ApiPair(LoadedSpec base, LoadedSpec revision) {

    public List<OperationPair> operationsInBoth() {
        Map<String, OperationView> revisionOperations = index(revision);
        List<OperationPair> pairs = new ArrayList<>();
        index(base).forEach((key, operation) -> {
            OperationView match = revisionOperations.get(key);
            if (match != null) {
                pairs.add(new OperationPair(operation, match));
            }
        });
        return pairs;
    }

    public List<OperationView> removedOperations() {
        Map<String, OperationView> revisionOperations = index(revision);
        return index(base).entrySet().stream()
                .filter(entry -> !revisionOperations.containsKey(entry.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }

    private static Map<String, OperationView> index(LoadedSpec spec) {
        Map<String, OperationView> operations = new LinkedHashMap<>();
        if (spec.model().getPaths() == null) {
            return operations;
        }
        Resolver resolver = spec.resolver();
        spec.model().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            OperationRef ref = new OperationRef(method.name(), path, operation.getOperationId());
            operations.put(key(method, path), new OperationView(ref, operation, item, spec.model(), resolver));
        }));
        return operations;
    }

    private static String key(PathItem.HttpMethod method, String path) {
        return method.name() + " " + path.replaceAll("\\{[^}]*}", "{}");
    }
}
