package com.qeetmart.contracts.diff.rules;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * One limit keyword on values. {@code implicit} is what an absent lower limit means (a length of 0;
 * no limit at all for minimum, hence null); an absent upper limit is always "none".
 */
record Bound(String keyword, Function<Schema<?>, BigDecimal> value, boolean lower, BigDecimal implicit,
             Function<Schema<?>, Boolean> exclusive) {

    static final List<Bound> ALL = List.of(
            new Bound("minLength", s -> decimal(s.getMinLength()), true, BigDecimal.ZERO, s -> false),
            new Bound("minItems", s -> decimal(s.getMinItems()), true, BigDecimal.ZERO, s -> false),
            new Bound("minProperties", s -> decimal(s.getMinProperties()), true, BigDecimal.ZERO, s -> false),
            new Bound("minimum", Schema::getMinimum, true, null, s -> Boolean.TRUE.equals(s.getExclusiveMinimum())),
            new Bound("maxLength", s -> decimal(s.getMaxLength()), false, null, s -> false),
            new Bound("maxItems", s -> decimal(s.getMaxItems()), false, null, s -> false),
            new Bound("maxProperties", s -> decimal(s.getMaxProperties()), false, null, s -> false),
            new Bound("maximum", Schema::getMaximum, false, null, s -> Boolean.TRUE.equals(s.getExclusiveMaximum())));

    /** The limit a schema sets, or what its absence means. */
    BigDecimal of(Schema<?> schema) {
        BigDecimal declared = value.apply(schema);
        return declared != null ? declared : implicit;
    }

    /**
     * Whether {@code stricter} admits fewer values than {@code looser} by this limit: a lower limit
     * raised or made exclusive, an upper one lowered or made exclusive, a limit where there was none.
     */
    boolean tighter(Schema<?> looser, Schema<?> stricter) {
        BigDecimal before = of(looser);
        BigDecimal after = of(stricter);
        if (after == null) {
            return false;
        }
        if (before == null) {
            return true;
        }
        int order = after.compareTo(before);
        boolean newlyExclusive = exclusive.apply(stricter) && !exclusive.apply(looser);
        return lower ? order > 0 || (order == 0 && newlyExclusive) : order < 0 || (order == 0 && newlyExclusive);
    }

    static String plain(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal decimal(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
