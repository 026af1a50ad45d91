package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code x-extensible-enum} (the values known today of a set that may grow): a client reading a
 * response copes with a new value by contract, so values added or removed there break nobody; a
 * request value removed from it is one the server no longer takes. openapi-diff 2.1.7 ignores
 * extensions.
 */
public final class ExtensibleEnumNarrowedRule implements SchemaRule {

    public static final String ID = "request-extensible-enum-narrowed";
    private static final String EXTENSION = "x-extensible-enum";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        if (!pair.isRequest()) {
            return;
        }
        Set<String> before = values(pair.base().getExtensions());
        Set<String> after = values(pair.revision().getExtensions());
        if (before == null || after == null) {
            return;   // an extensible enum added or dropped: the value was documented as open either way
        }
        before.removeAll(after);
        if (!before.isEmpty()) {
            findings.breaking(ID, pair.location(), "Request value(s) " + before.stream().map(v -> "`" + v + "`")
                            .collect(Collectors.joining(", ")) + " removed from `x-extensible-enum`.",
                    "Clients that send them, documented before, are refused.");
        }
    }

    private static Set<String> values(Map<String, Object> extensions) {
        Object values = extensions == null ? null : extensions.get(EXTENSION);
        return values instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.toCollection(LinkedHashSet::new)) : null;
    }
}
