package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import java.util.Set;

/**
 * A response property that was required and is now optional: clients relied on it being there.
 * openapi-diff reports this too (as a changed required list); the rule names the property and the
 * operation, and keeps the verdict when openapi-diff's is off.
 */
public final class ResponsePropertyMadeOptionalRule implements SchemaRule {

    public static final String ID = "response-property-made-optional";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        if (!pair.isResponse()) {
            return;
        }
        Set<String> revisionRequired = pair.revisionRequired();
        Set<String> revisionProperties = pair.revisionProperties().keySet();
        for (String name : pair.baseRequired()) {
            if (revisionProperties.contains(name) && !revisionRequired.contains(name)) {
                findings.breaking(ID, pair.property(name),
                        "The response property `" + name + "` is no longer required.",
                        "Clients that rely on `" + name + "` being present fail when it is left out.");
            }
        }
    }
}
