package com.qeetmart.contracts.diff.report;

import com.qeetmart.contracts.diff.Comparison;
import com.qeetmart.contracts.diff.finding.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The report for API governance reviewers: the verdict first, then each breaking change grouped by
 * operation with what changed and why it breaks clients (and its fingerprint, which a reviewer
 * names to accept it), then what goes against the deprecation policy, then notes, then
 * openapi-diff's full change list for everything else that changed.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(Comparison comparison, String title) {
        StringBuilder md = new StringBuilder();
        md.append("# API change report: ").append(title).append("\n\n");
        md.append("| | Base | Revision |\n|---|---|---|\n");
        md.append("| File | `").append(comparison.base().file()).append("` | `")
                .append(comparison.revision().file()).append("` |\n");
        md.append("| info.version | ").append(orNone(comparison.base().version())).append(" | ")
                .append(orNone(comparison.revision().version())).append(" |\n\n");
        md.append(verdict(comparison)).append("\n\n");
        section(md, "Breaking changes", comparison.breakingFindings(), "Why it breaks");
        section(md, "Against the deprecation policy", comparison.policyViolations(), "What the policy asks");
        section(md, "Breaks generated SDK code", comparison.sdkBreakingFindings(), "Whose code breaks");
        section(md, "Notes (not breaking)", comparison.notes(), "Why it is safe");
        if (comparison.needsJudgement()) {
            md.append("## Not judged\n\nThe gate does not compare these keywords, so it cannot say whether clients "
                    + "break: a reviewer must.\n\n");
            comparison.notJudged().forEach(change -> md.append("- ").append(change.describe())
                    .append(" (fingerprint `").append(change.fingerprint()).append("`)\n"));
            md.append("\n");
        }
        md.append("## All changes (openapi-diff)\n\n")
                .append("Everything that changed, as openapi-diff lists it. Its closing result is openapi-diff's "
                        + "alone; the verdict above is the gate's, which adds the house rules.\n\n")
                .append(comparison.openApiDiffMarkdown().strip()).append("\n");
        return md.toString();
    }

    private static String verdict(Comparison comparison) {
        List<Finding> breaking = comparison.breakingFindings();
        if (!comparison.policyViolations().isEmpty()) {
            return "**Verdict: against the deprecation policy.** " + comparison.policyViolations().size()
                    + " change(s) break the promise made to clients (below)"
                    + (breaking.isEmpty() ? "." : "; " + breaking.size() + " change(s) break clients.");
        }
        if (breaking.isEmpty() && !comparison.sdkBreakingFindings().isEmpty()) {
            return "**Verdict: SDK-breaking.** The wire stays compatible, but " + comparison.sdkBreakingFindings().size()
                    + " change(s) break code generated from the spec (below).";
        }
        if (breaking.isEmpty() && comparison.needsJudgement()) {
            return "**Verdict: not judged.** " + comparison.notJudged().size() + " change(s) of keywords the gate "
                    + "does not compare (below); no other change breaks clients built against the base.";
        }
        if (breaking.isEmpty()) {
            return "**Verdict: not breaking.** No change breaks clients built against the base.";
        }
        long operations = breaking.stream().map(f -> f.location().operation().label()).distinct().count();
        return "**Verdict: breaking.** " + breaking.size() + " change(s) in " + operations
                + " operation(s) break clients built against the base.";
    }

    private static void section(StringBuilder md, String heading, List<Finding> findings, String impactLabel) {
        if (findings.isEmpty()) {
            return;
        }
        md.append("## ").append(heading).append("\n\n");
        byOperation(findings).forEach((operation, group) -> {
            md.append("### `").append(operation).append("`");
            group.stream().map(f -> f.location().operation().operationId()).filter(Objects::nonNull).findFirst()
                    .ifPresent(id -> md.append(" (").append(id).append(")"));
            md.append("\n\n");
            for (Finding finding : group) {
                md.append("- **").append(finding.rule()).append("** at `").append(finding.location().detail())
                        .append(finding.note() ? "`" : "` (fingerprint `" + finding.fingerprint() + "`)")
                        .append("\n  - Change: ").append(finding.change())
                        .append("\n  - ").append(impactLabel).append(": ").append(finding.impact()).append("\n");
            }
            md.append("\n");
        });
    }

    /**
     * Findings by operation label, in path then method order. Grouped on the label, not the whole
     * reference: openapi-diff does not always know the operation id.
     */
    private static Map<String, List<Finding>> byOperation(List<Finding> findings) {
        return findings.stream()
                .sorted(FindingOrder.STABLE)
                .collect(Collectors.groupingBy(f -> f.location().operation().label(), LinkedHashMap::new,
                        Collectors.toList()));
    }

    private static String orNone(String version) {
        return version.isEmpty() ? "(none)" : version;
    }
}
