package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.PropertyPair;

/**
 * A request property (or array items) that took null and no longer does. Clients that send
 * null, which the base allowed, are now refused. openapi-diff 2.1.7 does not look at nullable.
 */
public final class RequestNullableRemovedRule implements PropertyRule {

    public static final String ID = "request-nullable-removed";

    @Override
    public void check(PropertyPair property, Findings findings) {
        if (!property.isRequest() || !property.inBoth() || !Nullability.lostBy(property)) {
            return;
        }
        if (property.isItems()) {
            findings.breaking(ID, property.location(), "The items of this request array no longer take null.",
                    "Clients that send null entries are now refused with 400.");
        } else {
            findings.breaking(ID, property.location(), "The request property `" + property.name() + "` no longer takes null.",
                    "Clients that send null for `" + property.name() + "` are now refused with 400.");
        }
    }
}
