package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.PropertyPair;

/**
 * A required response property (or array items) that may now be null. Required meant "always a
 * value" to clients; generated non-null fields and unguarded reads fail on null. openapi-diff
 * 2.1.7 treats a nullable change as compatible in responses.
 */
public final class ResponsePropertyMadeNullableRule implements PropertyRule {

    public static final String ID = "response-property-made-nullable";

    @Override
    public void check(PropertyPair property, Findings findings) {
        boolean requiredOnBothSides = property.inBoth() && property.requiredInBase() && property.requiredInRevision();
        if (!property.isResponse() || !requiredOnBothSides || !Nullability.gainedBy(property)) {
            return;
        }
        if (property.isItems()) {
            findings.breaking(ID, property.location(), "The items of this response array are now nullable.",
                    "Clients that iterate the array now meet null entries and fail on them.");
        } else {
            findings.breaking(ID, property.location(),
                    "The required response property `" + property.name() + "` is now nullable.",
                    "Clients that read `" + property.name() + "` as always present now get null and fail on it.");
        }
    }
}
