package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.Branches;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;

/**
 * oneOf and anyOf branches, matched by schema name, judged by who reads them. A request branch
 * removed refuses clients that send that shape; a response branch added sends clients a shape
 * they have no code for. The reverse of each breaks nobody on the wire (a response branch
 * removed is a note: a regenerated SDK loses that type). openapi-diff 2.1.7 only reports oneOf
 * and not anyOf.
 */
public final class RemovedCompositionBranchRule implements SchemaRule {

    public static final String ID = "removed-composition-branch";
    public static final String ADDED = "response-composition-branch-added";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        for (Branches.Kind kind : Branches.Kind.values()) {
            Map<String, Schema<?>> base = Branches.of(pair.base(), kind);
            Map<String, Schema<?>> revision = Branches.of(pair.revision(), kind);
            String label = Branches.label(kind);
            // One branch, unwrapped (oneOf: [Item] became Item): the same values; the shapes are
            // compared through it (ObjectView), not as a branch removed.
            boolean unwrapped = base.size() == 1 && Branches.of(pair.revision(), Branches.Kind.ONE_OF).isEmpty()
                    && Branches.of(pair.revision(), Branches.Kind.ANY_OF).isEmpty();
            for (String branch : base.keySet()) {
                if (revision.containsKey(branch) || unwrapped) {
                    continue;
                }
                String change = "The " + label + " branch `" + branch + "` was removed.";
                if (pair.isRequest()) {
                    findings.breaking(ID, pair.location(), change, "Clients that send a `" + branch + "` are now refused.");
                } else {
                    findings.note(ID, pair.location(), change, "Clients never receive a `" + branch
                            + "` any more; their code for it goes unused (a regenerated SDK drops its type).");
                }
            }
            if (pair.isResponse() && !base.isEmpty()) {
                revision.keySet().stream().filter(branch -> !base.containsKey(branch)).forEach(branch ->
                        findings.breaking(ADDED, pair.location(), "The " + label + " branch `" + branch + "` was added.",
                                "Clients receive a `" + branch + "`, a shape they have no code for."));
            }
        }
    }
}
