package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.Set;

/**
 * A property removed from a response, required or optional. openapi-diff 2.1.7 only counts
 * removing a required one; but a client that reads an optional field (when present) loses it
 * just the same, and a generated model loses the getter its code calls.
 */
public final class RemovedResponsePropertyRule implements SchemaRule {

    public static final String ID = "removed-response-property";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        if (!pair.isResponse()) {
            return;
        }
        Map<String, Schema<?>> revision = pair.revisionProperties();
        Set<String> required = pair.baseRequired();
        pair.baseProperties().forEach((name, property) -> {
            // A writeOnly property never appeared in responses, so no client can have read it.
            if (revision.containsKey(name) || Boolean.TRUE.equals(pair.resolveBase(property).getWriteOnly())) {
                return;
            }
            String kind = required.contains(name) ? "required" : "optional";
            findings.breaking(ID, pair.property(name),
                    "The " + kind + " response property `" + name + "` was removed.",
                    "Clients that read `" + name + "` get nothing: generated models lose the field and "
                            + "hand-written code sees it missing.");
        });
    }
}
