package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.PropertyPair;

/**
 * A response property that was required and is now optional: clients relied on it being there.
 * openapi-diff reports this too (as a changed required list); the rule names the property and the
 * operation, and keeps the verdict when openapi-diff's is off.
 */
public final class ResponsePropertyMadeOptionalRule implements PropertyRule {

    public static final String ID = "response-property-made-optional";

    @Override
    public void check(PropertyPair property, Findings findings) {
        // A writeOnly property never appears in responses: whether it is required there means nothing.
        boolean writeOnly = property.revision() != null && (Boolean.TRUE.equals(property.resolvedRevision().getWriteOnly())
                || Boolean.TRUE.equals(property.resolvedBase() == null ? null : property.resolvedBase().getWriteOnly()));
        if (property.isResponse() && property.revision() != null && property.requiredInBase() && !property.requiredInRevision()
                && !writeOnly) {
            findings.breaking(ID, property.location(),
                    "The response property `" + property.name() + "` is no longer required.",
                    "Clients that rely on `" + property.name() + "` being present fail when it is left out.");
        }
    }
}
