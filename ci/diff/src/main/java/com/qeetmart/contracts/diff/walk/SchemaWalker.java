package com.qeetmart.contracts.diff.walk;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Walks a base and a revision schema tree side by side and hands every position present in both
 * to a visitor. What exists on one side only is the visitor's business at the parent (a removed
 * property is seen on its object), so the walk only descends where both sides continue.
 */
public final class SchemaWalker {

    private final Consumer<SchemaPair> visitor;
    // The schema pairs on the current descent; a recursive schema (a category with child
    // categories) would otherwise be walked forever.
    private final List<Schema<?>[]> descent = new ArrayList<>();
    // One unwrapped copy per wrapper, so a recursive schema through a wrapper is still seen again.
    private final Map<Schema<?>, Schema<?>> unwrapped = new IdentityHashMap<>();

    private SchemaWalker(Consumer<SchemaPair> visitor) {
        this.visitor = visitor;
    }

    public static void walk(SchemaPair root, Consumer<SchemaPair> visitor) {
        new SchemaWalker(visitor).visit(root);
    }

    private void visit(SchemaPair pair) {
        Schema<?> base = pair.resolveBase(pair.base());
        Schema<?> revision = pair.resolveRevision(pair.revision());
        if (base == null || revision == null) {
            return;
        }
        // A schema wrapped in a one-branch oneOf/anyOf on one side only (3.1's nullable reference,
        // anyOf: [Status, {type: 'null'}]) is compared as its branch, with the wrapper's nullability.
        if (OneBranch.of(base) != null && OneBranch.of(revision) == null && !OneBranch.composed(revision)) {
            base = unwrapped.computeIfAbsent(base, wrapper -> OneBranch.unwrap(wrapper, pair.context().baseResolver()));
        } else if (OneBranch.of(revision) != null && OneBranch.of(base) == null && !OneBranch.composed(base)) {
            revision = unwrapped.computeIfAbsent(revision, wrapper -> OneBranch.unwrap(wrapper, pair.context().revisionResolver()));
        }
        if (onDescent(base, revision)) {
            return;
        }
        descent.add(new Schema<?>[] {base, revision});
        SchemaPair resolved = new SchemaPair(base, revision, pair.path(), pair.context());
        visitor.accept(resolved);
        descendInto(resolved);
        descent.remove(descent.size() - 1);
    }

    private void descendInto(SchemaPair pair) {
        Map<String, Schema<?>> revisionProperties = pair.revisionProperties();
        pair.baseProperties().forEach((name, property) -> {
            if (revisionProperties.containsKey(name)) {
                visit(pair.child("." + name, property, revisionProperties.get(name)));
            }
        });
        if (pair.base().getItems() != null && pair.revision().getItems() != null) {
            visit(pair.child("[]", pair.base().getItems(), pair.revision().getItems()));
        }
        if (pair.base().getAdditionalProperties() instanceof Schema<?> baseValues
                && pair.revision().getAdditionalProperties() instanceof Schema<?> revisionValues) {
            visit(pair.child(".*", baseValues, revisionValues));
        }
        for (Branches.Kind kind : Branches.Kind.values()) {
            Map<String, Schema<?>> revisionBranches = Branches.of(pair.revision(), kind);
            Branches.of(pair.base(), kind).forEach((key, branch) -> {
                if (revisionBranches.containsKey(key)) {
                    String segment = "(" + Branches.label(kind) + " " + key + ")";
                    visit(pair.child(segment, branch, revisionBranches.get(key)));
                }
            });
        }
    }

    private boolean onDescent(Schema<?> base, Schema<?> revision) {
        return descent.stream().anyMatch(seen -> seen[0] == base && seen[1] == revision);
    }
}
