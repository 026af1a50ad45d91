package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;

/**
 * A request property (or array items) that took null and no longer does. Clients that send
 * null, which the base allowed, are now refused. openapi-diff 2.1.7 does not look at nullable.
 */
public final class RequestNullableRemovedRule implements SchemaRule {

    public static final String ID = "request-nullable-removed";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        if (!pair.isRequest()) {
            return;
        }
        Map<String, Schema<?>> base = pair.baseProperties();
        pair.revisionProperties().forEach((name, revision) -> {
            Schema<?> before = base.get(name);
            if (before != null && Nullability.of(before, pair::resolveBase) && !Nullability.of(revision, pair::resolveRevision)) {
                findings.breaking(ID, pair.property(name), "The request property `" + name + "` no longer takes null.",
                        "Clients that send null for `" + name + "` are now refused with 400.");
            }
        });
        Schema<?> baseItems = pair.base().getItems();
        Schema<?> revisionItems = pair.revision().getItems();
        if (baseItems != null && revisionItems != null
                && Nullability.of(baseItems, pair::resolveBase) && !Nullability.of(revisionItems, pair::resolveRevision)) {
            findings.breaking(ID, pair.location(), "The items of this request array no longer take null.",
                    "Clients that send null entries are now refused with 400.");
        }
    }
}
