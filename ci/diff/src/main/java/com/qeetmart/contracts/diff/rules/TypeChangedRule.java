package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;

/**
 * A type or format change of a parameter, request or response value, judged by direction:
 * a request may widen what it accepts (int32 to int64, uuid to any string) but not narrow it;
 * a response may narrow what it returns but not widen it (an int64 overflows a client's int32,
 * a plain string fails a client parsing a uuid). Unrelated types (integer to string) break both.
 * openapi-diff 2.1.7 flags every type change and ignores formats; the gate turns its type check
 * off and judges types here alone.
 */
public final class TypeChangedRule implements SchemaRule {

    public static final String ID = "type-changed";
    public static final String SAFE = "type-changed-compatibly";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        ValueType base = ValueType.of(pair.base());
        ValueType revision = ValueType.of(pair.revision());
        if (base == null || revision == null || base.equals(revision)) {
            return;
        }
        String change = "Type changed from " + base.describe() + " to " + revision.describe() + ".";
        if (pair.isRequest() && !revision.admits(base)) {
            findings.breaking(ID, pair.location(), change,
                    "Values clients send as " + base.describe() + " can now be rejected.");
        } else if (pair.isResponse() && !base.admits(revision)) {
            findings.breaking(ID, pair.location(), change,
                    "Responses may now hold values that clients reading " + base.describe() + " cannot parse or hold.");
        } else {
            findings.note(SAFE, pair.location(), change, pair.isRequest()
                    ? "The request accepts everything it accepted before."
                    : "The response returns a subset of what it returned before.");
        }
    }
}
