package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;

/**
 * Null for a whole body, as the property rules judge it for a property: a response body that may
 * now be {@code null} (3.0 {@code nullable}, a 3.1 {@code "null"} type or branch) breaks clients
 * that parse an object from it; a request body that took {@code null} and no longer does refuses
 * clients that send it.
 */
public final class NullableBodyRule implements SchemaRule {

    public static final String RESPONSE = "response-made-nullable";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        if (!pair.path().equals("$") || pair.context().area() == Area.PARAMETERS) {
            return;
        }
        boolean before = Nullability.of(pair.base(), schema -> schema);
        boolean after = Nullability.of(pair.revision(), schema -> schema);
        if (pair.isResponse() && !before && after) {
            findings.breaking(RESPONSE, pair.location(), "The whole response body may now be null.",
                    "Clients that read an object or a list from it now get null and fail on it.");
        } else if (pair.isRequest() && before && !after) {
            findings.breaking(RequestNullableRemovedRule.ID, pair.location(), "The request body no longer takes null.",
                    "Clients that send null are now refused with 400.");
        }
    }
}
