package com.qeetmart.contracts.diff.walk;

import com.qeetmart.contracts.diff.finding.OperationRef;
import com.qeetmart.contracts.diff.policy.Stability;
import com.qeetmart.contracts.diff.spec.LoadedSpec;
import java.util.HashMap;
import java.util.Map;

/** The stability level of every operation of one spec, found by method and path template. */
public final class StabilityLevels {

    private final Map<String, Stability> levels = new HashMap<>();

    public StabilityLevels(LoadedSpec spec) {
        if (spec.model().getPaths() != null) {
            spec.model().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    levels.put(key(method.name(), path), Stability.of(operation.getExtensions()))));
        }
    }

    /** Stable for an operation the spec does not have: its clients, if any, were promised most. */
    public Stability of(OperationRef operation) {
        return levels.getOrDefault(key(operation.method(), operation.path()), Stability.STABLE);
    }

    private static String key(String method, String path) {
        return method + " " + path.replaceAll("\\{[^}]*}", "{}");
    }
}
