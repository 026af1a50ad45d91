package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;

/**
 * {@code uniqueItems} by direction: a request array that must now hold distinct items refuses
 * what clients sent before; a response array that starts promising distinct items breaks nobody,
 * while one that stops promising them breaks clients that keyed on it. openapi-diff
 * 2.1.7 does not compare uniqueItems.
 */
public final class UniqueItemsRule implements SchemaRule {

    public static final String ID = "unique-items-changed";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        boolean before = Boolean.TRUE.equals(pair.base().getUniqueItems());
        boolean after = Boolean.TRUE.equals(pair.revision().getUniqueItems());
        if (pair.isRequest() && after && !before) {
            findings.breaking(ID, pair.location(), "The request array must now hold distinct items.",
                    "Clients that send a repeated item are now refused with 400.");
        } else if (pair.isResponse() && before && !after) {
            findings.breaking(ID, pair.location(), "The response array no longer promises distinct items.",
                    "Clients that key on its items (a set, a map) meet duplicates.");
        }
    }
}
