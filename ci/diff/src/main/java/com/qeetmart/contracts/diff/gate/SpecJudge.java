package com.qeetmart.contracts.diff.gate;

import com.qeetmart.contracts.diff.Comparison;
import com.qeetmart.contracts.diff.ContractComparator;
import com.qeetmart.contracts.diff.gate.GateVerdict.Outcome;
import com.qeetmart.contracts.diff.report.MarkdownReport;
import com.qeetmart.contracts.diff.spec.SpecLoadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Judges one spec against its released baseline. A breaking change passes only when the
 * revision's {@code info.version} major is above the baseline's: that is how consumers are told.
 */
final class SpecJudge {

    private final ContractComparator comparator = ContractComparator.standard();

    GateVerdict judge(String spec, Path baseline, Path current) {
        if (!Files.exists(baseline)) {
            return new GateVerdict(spec, Outcome.NEW, "not released yet",
                    header(spec) + "New API: it has no released baseline, so no client can depend on it yet.\n");
        }
        if (!Files.exists(current)) {
            return new GateVerdict(spec, Outcome.REMOVED, "released, now deleted",
                    header(spec) + "**Fails the gate.** The released API `" + baseline + "` is gone from the "
                            + "revision: every operation of it is removed for its clients.\n");
        }
        try {
            Comparison comparison = comparator.compare(baseline, current);
            return verdict(spec, comparison);
        } catch (SpecLoadException e) {
            return unreadable(spec, e.getMessage());
        } catch (RuntimeException e) {
            // A comparison that did not finish cannot vouch for the spec: fail it, say why.
            return unreadable(spec, "the comparison failed: " + e);
        }
    }

    private static GateVerdict verdict(String spec, Comparison comparison) {
        String before = comparison.base().version();
        String after = comparison.revision().version();
        List<String> notJudged = comparison.notJudged().stream().map(change -> change.describe()).toList();
        String summary = before + " -> " + after + ", " + comparison.breakingFindings().size() + " breaking, "
                + comparison.notes().size() + " note(s)" + (notJudged.isEmpty() ? "" : ", " + notJudged.size() + " not judged");
        String report = MarkdownReport.render(comparison, spec) + "\n## Release gate\n\n";
        List<String> operations = OperationChanges.in(comparison.openApiDiffMarkdown());
        if (!comparison.breaking() && comparison.needsJudgement()) {
            return new GateVerdict(spec, Outcome.NOT_JUDGED, summary, report + "**Not judged.** No change the gate "
                    + "compares breaks clients, but it does not compare the keywords listed under \"Not judged\": a "
                    + "reviewer must decide, then release the change (as a new major version if it breaks).\n",
                    comparison.findings(), operations, notJudged);
        }
        if (!comparison.breaking()) {
            return new GateVerdict(spec, Outcome.NOT_BREAKING, summary, report + "**Passes.** No change breaks clients.\n",
                    comparison.findings(), operations, notJudged);
        }
        if (SpecVersion.majorBumped(before, after)) {
            return new GateVerdict(spec, Outcome.BREAKING_MAJOR_BUMP, summary, report + "**Passes.** The changes "
                    + "above break clients, and `info.version` goes from " + before + " to " + after
                    + ": a new major version, which tells consumers exactly that.\n", comparison.findings(), operations, notJudged);
        }
        return new GateVerdict(spec, Outcome.BREAKING, summary, report + "**Fails.** The changes above break "
                + "clients but `info.version` goes from " + before + " to " + after + " without a new major. "
                + "Make the change additive, or release it as a new major version.\n", comparison.findings(), operations,
                notJudged);
    }

    private static GateVerdict unreadable(String spec, String reason) {
        return new GateVerdict(spec, Outcome.UNREADABLE, reason,
                header(spec) + "**Fails the gate.** The spec cannot be judged: " + reason + "\n");
    }

    private static String header(String spec) {
        return "# API change report: " + spec + "\n\n";
    }
}
