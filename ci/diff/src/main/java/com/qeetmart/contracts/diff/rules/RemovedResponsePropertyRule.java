package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.PropertyPair;

/**
 * A property removed from a response, required or optional. openapi-diff 2.1.7 only counts
 * removing a required one; but a client that reads an optional field (when present) loses it
 * just the same, and a generated model loses the getter its code calls.
 */
public final class RemovedResponsePropertyRule implements PropertyRule {

    public static final String ID = "removed-response-property";

    @Override
    public void check(PropertyPair property, Findings findings) {
        // A writeOnly property never appeared in responses, so no client can have read it.
        if (property.isResponse() && property.removed() && !Boolean.TRUE.equals(property.resolvedBase().getWriteOnly())) {
            String name = property.name();
            String kind = property.requiredInBase() ? "required" : "optional";
            findings.breaking(ID, property.location(),
                    "The " + kind + " response property `" + name + "` was removed.",
                    "Clients that read `" + name + "` get nothing: generated models lose the field and "
                            + "hand-written code sees it missing.");
        }
    }
}
