package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.Set;

/**
 * A required response property (or array items) that may now be null. Required meant "always a
 * value" to clients; generated non-null fields and unguarded reads fail on null. openapi-diff
 * 2.1.7 treats a nullable change as compatible in responses.
 */
public final class ResponsePropertyMadeNullableRule implements SchemaRule {

    public static final String ID = "response-property-made-nullable";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        if (!pair.isResponse()) {
            return;
        }
        Map<String, Schema<?>> base = pair.baseProperties();
        Map<String, Schema<?>> revision = pair.revisionProperties();
        Set<String> revisionRequired = pair.revisionRequired();
        for (String name : pair.baseRequired()) {
            if (base.containsKey(name) && revision.containsKey(name) && revisionRequired.contains(name)
                    && !Nullability.of(base.get(name), pair::resolveBase) && Nullability.of(revision.get(name), pair::resolveRevision)) {
                findings.breaking(ID, pair.property(name),
                        "The required response property `" + name + "` is now nullable.",
                        "Clients that read `" + name + "` as always present now get null and fail on it.");
            }
        }
        Schema<?> baseItems = pair.base().getItems();
        Schema<?> revisionItems = pair.revision().getItems();
        if (baseItems != null && revisionItems != null
                && !Nullability.of(baseItems, pair::resolveBase) && Nullability.of(revisionItems, pair::resolveRevision)) {
            findings.breaking(ID, pair.location(), "The items of this response array are now nullable.",
                    "Clients that iterate the array now meet null entries and fail on them.");
        }
    }
}
