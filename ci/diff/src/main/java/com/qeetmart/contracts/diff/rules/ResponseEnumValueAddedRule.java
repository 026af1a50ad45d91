package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A response value that may now take a value outside the enum clients know: a value added to the
 * enum, or the enum dropped altogether. Generated SDK enums and exhaustive switches fail on an
 * unknown value. (In a request a new enum value only accepts more, so it is not flagged.)
 */
public final class ResponseEnumValueAddedRule implements SchemaRule {

    public static final String ID = "response-enum-value-added";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        if (!pair.isResponse() || pair.base().getEnum() == null) {
            return;
        }
        Set<String> base = values(pair.base().getEnum());
        if (pair.revision().getEnum() == null) {
            findings.breaking(ID, pair.location(),
                    "The response value is no longer limited to " + base + ".",
                    "Clients with exhaustive enums fail on any value outside " + base + ".");
            return;
        }
        Set<String> added = values(pair.revision().getEnum());
        added.removeAll(base);
        if (!added.isEmpty()) {
            findings.breaking(ID, pair.location(),
                    "New response enum value(s) " + added.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", ")) + ".",
                    "Clients with exhaustive enums (generated SDK enums, switch statements) fail on the new value.");
        }
    }

    private static Set<String> values(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
