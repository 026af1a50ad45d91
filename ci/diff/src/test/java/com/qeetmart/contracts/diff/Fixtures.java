package com.qeetmart.contracts.diff;

import com.qeetmart.contracts.diff.finding.Finding;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/**
 * The YAML fixture pairs under {@code src/test/resources/fixtures/<name>/}: {@code base.yaml} is
 * the released spec, {@code revision.yaml} the proposed one.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path path(String fixture, String file) {
        URL url = Fixtures.class.getResource("/fixtures/" + fixture + "/" + file);
        if (url == null) {
            throw new IllegalArgumentException("no fixture file " + fixture + "/" + file);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Comparison compare(String fixture) {
        return ContractComparator.standard().compare(path(fixture, "base.yaml"), path(fixture, "revision.yaml"));
    }

    /** Breaking findings as {@code "rule | METHOD /path | where"}, in report order, for exact assertions. */
    public static List<String> breaking(Comparison comparison) {
        return describe(comparison.breakingFindings());
    }

    /** Notes (non-breaking findings) in the same form. */
    public static List<String> notes(Comparison comparison) {
        return describe(comparison.notes());
    }

    /** The one finding of a rule at a place, to check what it says. */
    public static Finding finding(Comparison comparison, String rule, String where) {
        return comparison.findings().stream()
                .filter(f -> f.rule().equals(rule) && f.location().detail().equals(where))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " at " + where + " in "
                        + describe(comparison.findings())));
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.rule() + " | " + f.location().operation().label() + " | " + f.location().detail())
                .sorted()
                .toList();
    }
}
