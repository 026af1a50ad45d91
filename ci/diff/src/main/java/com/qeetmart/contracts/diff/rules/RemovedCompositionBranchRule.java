package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.Branches;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;

/**
 * A branch removed from a oneOf or anyOf, matched by schema name. In a request, clients sending
 * that shape are refused. In a response it is flagged too: generated SDKs drop the branch's type,
 * so client code that handles it no longer compiles. openapi-diff 2.1.7 only reports oneOf, only
 * in requests, and not anyOf.
 */
public final class RemovedCompositionBranchRule implements SchemaRule {

    public static final String ID = "removed-composition-branch";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        for (Branches.Kind kind : Branches.Kind.values()) {
            Map<String, Schema<?>> revision = Branches.of(pair.revision(), kind);
            for (String branch : Branches.of(pair.base(), kind).keySet()) {
                if (!revision.containsKey(branch)) {
                    findings.breaking(ID, pair.location(),
                            "The " + Branches.label(kind) + " branch `" + branch + "` was removed.",
                            pair.isRequest()
                                    ? "Clients that send a `" + branch + "` are now refused."
                                    : "Client code handling `" + branch + "` loses its type in generated SDKs and no longer compiles.");
                }
            }
        }
    }
}
