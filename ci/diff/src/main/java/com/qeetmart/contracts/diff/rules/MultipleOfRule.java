package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import java.math.BigDecimal;

/**
 * {@code multipleOf} judged by the values it admits: a request may only admit more (the new step
 * divides the old one, e.g. 0.05 to 0.01), a response may only admit fewer (the new step is a
 * multiple of the old). openapi-diff 2.1.7 does not compare multipleOf.
 */
public final class MultipleOfRule implements SchemaRule {

    public static final String ID = "multiple-of-changed";

    @Override
    public void check(SchemaPair pair, Findings findings) {
        BigDecimal before = pair.base().getMultipleOf();
        BigDecimal after = pair.revision().getMultipleOf();
        if (after == null || (before != null && after.compareTo(before) == 0)) {
            if (after == null && before != null && pair.isResponse()) {
                findings.breaking(ID, pair.location(), "multipleOf " + plain(before) + " removed from a response value.",
                        "Clients that rely on steps of " + plain(before) + " meet values between them.");
            }
            return;
        }
        // Values of the old step are still valid when the new step divides it (requests), and
        // every new value is one of the old step when the old step divides the new (responses).
        boolean accepted = pair.isRequest() ? before != null && divides(after, before) : before == null || divides(before, after);
        if (accepted) {
            return;
        }
        String change = before == null ? "multipleOf " + plain(after) + " added."
                : "multipleOf changed from " + plain(before) + " to " + plain(after) + ".";
        findings.breaking(ID, pair.location(), change, pair.isRequest()
                ? "Values clients could send before are now refused with 400."
                : "Clients that rely on steps of " + plain(before) + " meet values between them.");
    }

    private static boolean divides(BigDecimal divisor, BigDecimal value) {
        return divisor.signum() != 0 && value.remainder(divisor).signum() == 0;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
