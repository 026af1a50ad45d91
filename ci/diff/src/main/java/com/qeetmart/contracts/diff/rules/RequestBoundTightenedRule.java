package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import java.math.BigDecimal;

/**
 * A limit on request values made stricter: a raised minLength, minItems, minProperties or minimum,
 * or a lowered (or new) maxLength, maxItems, maxProperties or maximum, on a body property or a
 * parameter. Values clients could send before are refused. openapi-diff 2.1.7 ignores a raised
 * minLength by default and misses a new maxItems entirely.
 */
public final class RequestBoundTightenedRule implements SchemaRule {

    public static final String ID = "request-bound-tightened";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        if (!pair.isRequest()) {
            return;
        }
        for (Bound bound : Bound.ALL) {
            if (!bound.tighter(pair.base(), pair.revision())) {
                continue;
            }
            BigDecimal before = bound.of(pair.base());
            BigDecimal revision = bound.of(pair.revision());
            String change = before == null
                    ? bound.keyword() + " " + Bound.plain(revision) + " added (there was no limit)."
                    : bound.keyword() + (bound.lower() ? " raised" : " lowered") + " from " + Bound.plain(before)
                            + " to " + Bound.plain(revision) + (bound.exclusive().apply(pair.revision()) ? " (exclusive)." : ".");
            findings.breaking(ID, pair.location(), change,
                    "Requests with values clients could send before are now rejected with 400.");
        }
    }
}
