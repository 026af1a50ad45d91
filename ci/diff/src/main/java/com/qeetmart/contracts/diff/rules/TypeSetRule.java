package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.spec.Spec31;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An OpenAPI 3.1 value with several types ({@code type: [string, integer]}) on either side, judged
 * by direction as {@link TypeChangedRule} judges one type: a request may accept more types but
 * not fewer, a response may return fewer but not more (one type turned into several breaks
 * clients that parse the one). Each type counts as admitted when a type on the other side holds
 * its values (an integer within a number).
 */
public final class TypeSetRule implements SchemaRule {

    @Override
    public void check(SchemaPair pair, Findings findings) {
        Set<String> base = types(pair.base());
        Set<String> revision = types(pair.revision());
        if (base.isEmpty() || revision.isEmpty() || (base.size() == 1 && revision.size() == 1) || base.equals(revision)) {
            return;
        }
        String change = "Types changed from " + base + " to " + revision + ".";
        if (pair.isRequest() && !admitsAll(revision, base)) {
            findings.breaking(TypeChangedRule.ID, pair.location(), change + " A type is no longer accepted.",
                    "Values clients send as " + missing(revision, base) + " are now rejected.");
        } else if (pair.isResponse() && !admitsAll(base, revision)) {
            findings.breaking(TypeChangedRule.ID, pair.location(), change + " The value may now be of a type it never was.",
                    "Clients that parse it as " + base + " cannot read a " + missing(base, revision) + ".");
        } else {
            findings.note(TypeChangedRule.SAFE, pair.location(), change, pair.isRequest()
                    ? "The request accepts every type it accepted before."
                    : "The response returns a subset of the types it returned before.");
        }
    }

    /** Its types: several from a 3.1 list, else its one type; none when it states none. */
    @SuppressWarnings("unchecked")
    static Set<String> types(Schema<?> schema) {
        Object several = schema.getExtensions() == null ? null : schema.getExtensions().get(Spec31.TYPES_EXTENSION);
        if (several instanceof List<?> list) {
            Set<String> types = new TreeSet<>();
            list.forEach(type -> types.add(String.valueOf(type)));
            return types;
        }
        ValueType one = ValueType.of(schema);
        return one == null ? Set.of() : Set.of(one.type());
    }

    private static boolean admitsAll(Set<String> wider, Set<String> narrower) {
        return narrower.stream().allMatch(type -> admitted(wider, type));
    }

    private static boolean admitted(Set<String> types, String type) {
        return types.stream().anyMatch(candidate -> new ValueType(candidate, null).admits(new ValueType(type, null)));
    }

    private static String missing(Set<String> wider, Set<String> narrower) {
        return String.join(" or ", narrower.stream().filter(type -> !admitted(wider, type)).toList());
    }
}
