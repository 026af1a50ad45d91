package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.policy.GatePolicy;
import com.qeetmart.contracts.diff.walk.PropertyPair;

/**
 * A property removed from a response, required or optional. openapi-diff 2.1.7 only counts
 * removing a required one; but a client that reads an optional field (when present) loses it
 * just the same, and a generated model loses the getter its code calls. A property deprecated
 * with a sunset may go once the sunset has come ({@link Deprecations}).
 */
public final class RemovedResponsePropertyRule implements PropertyRule {

    public static final String ID = "removed-response-property";

    private final GatePolicy policy;

    public RemovedResponsePropertyRule(GatePolicy policy) {
        this.policy = policy;
    }

    @Override
    public void check(PropertyPair property, Findings findings) {
        // A writeOnly property never appeared in responses, so no client can have read it.
        if (!property.isResponse() || !property.removed() || Boolean.TRUE.equals(property.resolvedBase().getWriteOnly())) {
            return;
        }
        String name = property.name();
        if (!property.isItems() && Deprecations.removalJudged("The response property `" + name + "`", property.location(),
                PropertyDeprecationRule.deprecated(property.base(), property.resolvedBase()),
                PropertyDeprecationRule.extensions(property.base(), property.resolvedBase()), policy, findings)) {
            return;
        }
        String kind = property.requiredInBase() ? "required" : "optional";
        findings.breaking(ID, property.location(),
                "The " + kind + " response property `" + name + "` was removed; it was never deprecated.",
                "Clients that read `" + name + "` get nothing: generated models lose the field and "
                        + "hand-written code sees it missing.");
    }
}
