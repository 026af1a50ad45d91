package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request value that accepts fewer values: an enum value removed, or an enum imposed on a value
 * that was free. Dropping the enum altogether accepts more and is fine, but openapi-diff 2.1.7
 * reports it as "removed enum values" and fails it; the gate turns that openapi-diff check off
 * and judges request enums here alone.
 */
public final class RequestEnumNarrowedRule implements SchemaRule {

    public static final String ID = "request-enum-narrowed";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        if (!pair.isRequest() || pair.revision().getEnum() == null) {
            return;
        }
        Set<String> revision = values(pair.revision().getEnum());
        if (pair.base().getEnum() == null) {
            findings.breaking(ID, pair.location(), "The request value is now limited to " + revision + ".",
                    "Clients that send any other value, valid before, are rejected with 400.");
            return;
        }
        Set<String> removed = values(pair.base().getEnum());
        removed.removeAll(revision);
        if (!removed.isEmpty()) {
            findings.breaking(ID, pair.location(),
                    "Request enum value(s) " + removed.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "))
                            + " removed.",
                    "Clients that send them are rejected with 400.");
        }
    }

    private static Set<String> values(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
