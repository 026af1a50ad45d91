package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.PropertyPair;

/**
 * A request property that clients must now send: a new required property, or an optional one
 * made required. readOnly properties are skipped: clients never send them. openapi-diff reports
 * this too; the rule names the property and operation and keeps the gate's verdict its own.
 */
public final class NewRequiredRequestPropertyRule implements PropertyRule {

    public static final String ID = "new-required-request-property";

    @Override
    public void check(PropertyPair property, Findings findings) {
        boolean nowRequired = property.requiredInRevision() && !property.requiredInBase() && property.revision() != null;
        if (!property.isRequest() || !nowRequired || Boolean.TRUE.equals(property.resolvedRevision().getReadOnly())) {
            return;
        }
        String name = property.name();
        String change = property.base() != null
                ? "The request property `" + name + "` is now required."
                : "New required request property `" + name + "`.";
        findings.breaking(ID, property.location(), change,
                "Existing clients do not send `" + name + "`; their requests are rejected with 400.");
    }
}
