package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.Branches;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import com.qeetmart.contracts.diff.walk.WireShape;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
            // A branch moved between anyOf and oneOf is still there (the exclusivity is judged apart).
            Map<String, Schema<?>> otherKind = Branches.of(pair.revision(),
                    kind == Branches.Kind.ONE_OF ? Branches.Kind.ANY_OF : Branches.Kind.ONE_OF);
            // A branch renamed with the same wire form ({@code Card} became {@code PaymentCard}) is the
            // same branch on the wire (its type's new name is SDK-breaking: ModelRemovedRule).
            Set<String> renamed = renamedBranches(pair, base, revision);
            for (String branch : base.keySet()) {
                if (revision.containsKey(branch) || otherKind.containsKey(branch) || renamed.contains(branch)) {
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
            boolean wasComposed = !Branches.of(pair.base(), Branches.Kind.ONE_OF).isEmpty()
                    || !Branches.of(pair.base(), Branches.Kind.ANY_OF).isEmpty();
            if (pair.isResponse() && !wasComposed && revision.size() >= 2) {
                findings.breaking(ADDED, pair.location(), "The value became " + (kind == Branches.Kind.ANY_OF ? "an " : "a ") + label + " of `"
                                + String.join("`, `", revision.keySet()) + "`.",
                        "Clients receive shapes besides the one they had code for.");
            }
            if (pair.isResponse() && !base.isEmpty()) {
                Set<String> renamedTo = renamedBranches(pair, revision, base, true);
                revision.keySet().stream().filter(branch -> !base.containsKey(branch) && !renamedTo.contains(branch)).forEach(branch ->
                        findings.breaking(ADDED, pair.location(), "The " + label + " branch `" + branch + "` was added.",
                                "Clients receive a `" + branch + "`, a shape they have no code for."));
            }
        }
    }

    /** The base branches (names) missing from the revision that a new revision branch matches on the wire. */
    private static Set<String> renamedBranches(SchemaPair pair, Map<String, Schema<?>> base, Map<String, Schema<?>> revision) {
        return renamedBranches(pair, base, revision, false);
    }

    /**
     * The names in {@code from} missing from {@code to} that some branch of {@code to} missing from
     * {@code from} matches on the wire; {@code fromIsRevision} says which spec resolves which side.
     */
    private static Set<String> renamedBranches(SchemaPair pair, Map<String, Schema<?>> from, Map<String, Schema<?>> to,
                                               boolean fromIsRevision) {
        Set<String> renamed = new HashSet<>();
        from.forEach((name, branch) -> {
            if (to.containsKey(name)) {
                return;
            }
            Schema<?> resolved = fromIsRevision ? pair.resolveRevision(branch) : pair.resolveBase(branch);
            boolean matched = to.entrySet().stream().filter(other -> !from.containsKey(other.getKey()))
                    .anyMatch(other -> WireShape.same(resolved,
                            fromIsRevision ? pair.resolveBase(other.getValue()) : pair.resolveRevision(other.getValue())));
            if (matched) {
                renamed.add(name);
            }
        });
        return renamed;
    }
}
