package com.qeetmart.contracts.diff;

import com.qeetmart.contracts.diff.report.JsonReport;
import com.qeetmart.contracts.diff.report.MarkdownReport;
import com.qeetmart.contracts.diff.spec.SpecLoadException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ContractsDiff [--format markdown|json] BASE.yaml REVISION.yaml}: prints the change report
 * (Markdown for reviewers, JSON for bots) and exits 0 when no change breaks clients, 1 when one
 * does, 2 when a change is not judged (a keyword the gate does not compare), on a usage error, a
 * spec that cannot be read or a comparison that could not finish: the gate cannot vouch for it.
 */
public final class ContractsDiff {

    public static final int NOT_BREAKING = 0;
    public static final int BREAKING = 1;
    public static final int UNUSABLE = 2;
    private static final Set<String> FORMATS = Set.of("markdown", "json");

    private ContractsDiff() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>(List.of(args));
        String format = "markdown";
        int option = files.indexOf("--format");
        if (option >= 0 && option + 1 < files.size()) {
            format = files.remove(option + 1);
            files.remove(option);
        }
        if (files.size() != 2 || !FORMATS.contains(format)) {
            err.println("usage: contracts-diff [--format markdown|json] BASE.yaml REVISION.yaml");
            err.println("  prints the report; exit 0 = not breaking, 1 = breaking (the wire or generated SDK code) or against the deprecation policy, 2 = a change not judged, usage error,"
                    + " a spec that cannot be read or a comparison that failed");
            return UNUSABLE;
        }
        Path base = Path.of(files.get(0));
        Path revision = Path.of(files.get(1));
        try {
            Comparison comparison = ContractComparator.standard().compare(base, revision);
            String title = revision.getFileName().toString();
            out.print(format.equals("json") ? JsonReport.render(comparison, title)
                    : MarkdownReport.render(comparison, title));
            out.flush();
            return comparison.breaking() || !comparison.policyViolations().isEmpty() || !comparison.sdkBreakingFindings().isEmpty()
                    ? BREAKING
                    : comparison.needsJudgement() ? UNUSABLE : NOT_BREAKING;
        } catch (SpecLoadException e) {
            err.println("contracts-diff: " + e.getMessage());
            return UNUSABLE;
        } catch (RuntimeException e) {
            // An uncaught exception would exit 1, which callers read as "breaking"; a comparison
            // that did not finish proves nothing either way.
            err.println("contracts-diff: cannot compare " + base + " with " + revision + ": " + e);
            e.printStackTrace(err);
            return UNUSABLE;
        }
    }
}
