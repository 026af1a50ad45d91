package com.qeetmart.contracts.diff.rules;

import com.qeetmart.contracts.diff.finding.Findings;
import com.qeetmart.contracts.diff.walk.SchemaPair;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A limit on request values made stricter: a raised minLength, minItems, minProperties or minimum,
 * or a lowered (or new) maxLength, maxItems, maxProperties or maximum, on a body property or a
 * parameter. Values clients could send before are refused. openapi-diff 2.1.7 ignores a raised
 * minLength by default and misses a new maxItems entirely.
 */
public final class RequestBoundTightenedRule implements SchemaRule {

    public static final String ID = "request-bound-tightened";

    /**
     * One limit keyword. {@code implicit} is what an absent lower limit means (a length of 0;
     * no limit at all for minimum, hence null); an absent upper limit is always "none".
     */
    private record Bound(String keyword, Function<Schema<?>, BigDecimal> value, boolean lower, BigDecimal implicit,
                         Function<Schema<?>, Boolean> exclusive) {
    }

    private static final List<Bound> BOUNDS = List.of(
            new Bound("minLength", s -> decimal(s.getMinLength()), true, BigDecimal.ZERO, s -> false),
            new Bound("minItems", s -> decimal(s.getMinItems()), true, BigDecimal.ZERO, s -> false),
            new Bound("minProperties", s -> decimal(s.getMinProperties()), true, BigDecimal.ZERO, s -> false),
            new Bound("minimum", Schema::getMinimum, true, null, s -> Boolean.TRUE.equals(s.getExclusiveMinimum())),
            new Bound("maxLength", s -> decimal(s.getMaxLength()), false, null, s -> false),
            new Bound("maxItems", s -> decimal(s.getMaxItems()), false, null, s -> false),
            new Bound("maxProperties", s -> decimal(s.getMaxProperties()), false, null, s -> false),
            new Bound("maximum", Schema::getMaximum, false, null, s -> Boolean.TRUE.equals(s.getExclusiveMaximum())));

    @Override
    public void check(SchemaPair pair, Findings findings) {
        if (!pair.isRequest()) {
            return;
        }
        for (Bound bound : BOUNDS) {
            BigDecimal revision = bound.value().apply(pair.revision());
            if (revision == null) {
                continue;
            }
            BigDecimal base = bound.value().apply(pair.base());
            BigDecimal before = base != null ? base : bound.implicit();
            if (tightened(bound, before, revision, pair)) {
                String change = before == null
                        ? bound.keyword() + " " + plain(revision) + " added (there was no limit)."
                        : bound.keyword() + (bound.lower() ? " raised" : " lowered") + " from " + plain(before)
                                + " to " + plain(revision) + (bound.exclusive().apply(pair.revision()) ? " (exclusive)." : ".");
                findings.breaking(ID, pair.location(), change,
                        "Requests with values clients could send before are now rejected with 400.");
            }
        }
    }

    private static boolean tightened(Bound bound, BigDecimal before, BigDecimal revision, SchemaPair pair) {
        if (before == null) {
            return true;
        }
        int order = revision.compareTo(before);
        boolean newlyExclusive = bound.exclusive().apply(pair.revision()) && !bound.exclusive().apply(pair.base());
        return bound.lower() ? order > 0 || (order == 0 && newlyExclusive) : order < 0 || (order == 0 && newlyExclusive);
    }

    private static BigDecimal decimal(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
