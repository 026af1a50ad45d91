package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import java.math.BigDecimal;

/**
 * A limit on response values loosened or dropped: a lower minimum or minLength, a higher or
 * removed maximum or maxItems, an exclusive bound made inclusive. The response may now hold values
 * clients were promised it never would: a client validating answers rejects them, one that sized
 * a field or a column by the limit overflows. (The mirror of {@link RequestBoundTightenedRule}.)
 */
public final class ResponseBoundWidenedRule implements SchemaRule {

    public static final String ID = "response-bound-widened";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        if (!pair.isResponse()) {
            return;
        }
        for (Bound bound : Bound.ALL) {
            if (!bound.tighter(pair.revision(), pair.base())) {
                continue;
            }
            BigDecimal before = bound.of(pair.base());
            BigDecimal after = bound.of(pair.revision());
            String change = after == null
                    ? bound.keyword() + " " + Bound.plain(before) + " removed (there is no limit now)."
                    : before.compareTo(after) == 0
                            ? bound.keyword() + " " + Bound.plain(after) + " is no longer exclusive."
                            : bound.keyword() + (bound.lower() ? " lowered" : " raised") + " from " + Bound.plain(before)
                                    + " to " + Bound.plain(after) + ".";
            findings.breaking(ID, pair.location(), change,
                    "Responses may now hold values clients were told they never would: a client that validates "
                            + "them refuses the answer, one that sized a field by the limit overflows.");
        }
    }
}
