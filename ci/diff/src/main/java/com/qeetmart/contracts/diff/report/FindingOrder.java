package com.qeetmart.contracts.diff.report;

import com.qeetmart.contracts.diff.finding.Finding;
import java.util.Comparator;
import java.util.List;

/** The one order every report lists findings in: by path, method, area, then location. */
public final class FindingOrder {

    public static final Comparator<Finding> STABLE = Comparator.comparing((Finding f) -> f.location().operation().path())
            .thenComparing(f -> f.location().operation().method())
            .thenComparing(f -> f.location().area())
            .thenComparing(f -> f.location().detail())
            .thenComparing(Finding::rule);

    private FindingOrder() {
    }

    public static List<Finding> of(List<Finding> findings) {
        return findings.stream().sorted(STABLE).toList();
    }
}
