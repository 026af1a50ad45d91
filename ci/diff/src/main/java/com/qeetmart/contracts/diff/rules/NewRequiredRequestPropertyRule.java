package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.Set;

/**
 * A request property that clients must now send: a new required property, or an optional one
 * made required. readOnly properties are skipped: clients never send them. openapi-diff reports
 * this too; the rule names the property and operation and keeps the gate's verdict its own.
 */
public final class NewRequiredRequestPropertyRule implements SchemaRule {

    public static final String ID = "new-required-request-property";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        if (!pair.isRequest()) {
            return;
        }
        Map<String, Schema<?>> base = pair.baseProperties();
        Set<String> baseRequired = pair.baseRequired();
        Map<String, Schema<?>> revision = pair.revisionProperties();
        for (String name : pair.revisionRequired()) {
            Schema<?> property = revision.get(name);
            if (baseRequired.contains(name) || property == null
                    || Boolean.TRUE.equals(pair.resolveRevision(property).getReadOnly())) {
                continue;
            }
            String change = base.containsKey(name)
                    ? "The request property `" + name + "` is now required."
                    : "New required request property `" + name + "`.";
            findings.breaking(ID, pair.property(name), change,
                    "Existing clients do not send `" + name + "`; their requests are rejected with 400.");
        }
    }
}
