package com.qeetmart.contracts.diff.gate;

import com.qeetmart.contracts.diff.finding.Finding;
import com.qeetmart.contracts.diff.report.FindingOrder;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one page a pull request needs ({@code SUMMARY.md}): the verdict over every spec first, a
 * table of specs, then each breaking change with the client that breaks and how, then the
 * notices. The per-spec reports beside it hold the full detail.
 */
final class GateSummary {

    private GateSummary() {
    }

    static String render(List<GateVerdict> verdicts, String baseline, List<String> exceptionProblems) {
        StringBuilder md = new StringBuilder("# API contracts: breaking-change gate\n\n");
        List<GateVerdict> failed = verdicts.stream().filter(v -> !v.outcome().passes()).toList();
        if (!exceptionProblems.isEmpty()) {
            md.append("**The reviewed exceptions do not hold** (`contracts/gate-exceptions.yaml`): the gate fails.\n\n");
            exceptionProblems.forEach(problem -> md.append("- ").append(problem).append('\n'));
            md.append('\n');
        }
        long breaking = verdicts.stream().mapToLong(v -> v.findings().stream().filter(Finding::breaking).count()).sum();
        if (failed.isEmpty()) {
            md.append("**Verdict: passes.** ").append(breaking == 0 ? "No change breaks a client"
                    : breaking + " breaking change(s), each released as a new major version").append(" (")
                    .append(verdicts.size()).append(" spec(s) against `").append(baseline).append("`).\n\n");
        } else {
            md.append("**Verdict: fails.** ").append(failed.size()).append(" of ").append(verdicts.size())
                    .append(" spec(s) fail the gate: ")
                    .append(String.join(", ", failed.stream().map(v -> "`" + v.spec() + "` (" + v.outcome().label() + ")")
                            .toList())).append(".\n\n");
        }
        md.append("| Spec | Outcome | Change |\n|---|---|---|\n");
        for (GateVerdict verdict : verdicts) {
            md.append("| `").append(verdict.spec()).append("` | ").append(verdict.outcome().label()).append(" | ")
                    .append(verdict.summary().replace("|", "\\|")).append(" |\n");
        }
        section(md, verdicts, "Breaking changes", Finding::breaking, "Who breaks and how");
        section(md, verdicts, "Against the deprecation policy", Finding::policy, "What the policy asks");
        section(md, verdicts, "Breaks generated SDK code", Finding::sdkBreaking, "Whose code breaks");
        section(md, verdicts, "Notices (not breaking)", Finding::note, "Why it is safe");
        if (verdicts.stream().anyMatch(v -> !v.accepted().isEmpty())) {
            md.append("\n## Accepted by review\n");
            verdicts.stream().filter(v -> !v.accepted().isEmpty()).forEach(v -> {
                md.append("\n### `").append(v.spec()).append("`\n\n");
                v.accepted().forEach(line -> md.append("- ").append(line).append("\n"));
            });
        }
        if (verdicts.stream().anyMatch(v -> !v.notJudged().isEmpty())) {
            md.append("\n## Not judged\n\nKeywords the gate does not compare changed; a reviewer decides whether "
                    + "clients break.\n");
            verdicts.stream().filter(v -> !v.notJudged().isEmpty()).forEach(v -> {
                md.append("\n### `").append(v.spec()).append("`\n\n");
                v.notJudged().forEach(change -> md.append("- ").append(change).append("\n"));
            });
        }
        return md.toString();
    }

    private static void section(StringBuilder md, List<GateVerdict> verdicts, String heading,
                                Predicate<Finding> which, String impactLabel) {
        if (verdicts.stream().noneMatch(v -> v.findings().stream().anyMatch(which))) {
            return;
        }
        md.append("\n## ").append(heading).append("\n");
        for (GateVerdict verdict : verdicts) {
            List<Finding> findings = FindingOrder.of(verdict.findings().stream().filter(which).toList());
            if (findings.isEmpty()) {
                continue;
            }
            md.append("\n### `").append(verdict.spec()).append("`\n\n");
            for (Finding finding : findings) {
                md.append("- `").append(finding.location().operation().label()).append("` **")
                        .append(finding.rule()).append("** at `").append(finding.location().detail())
                        .append("`").append(finding.note() ? "" : " (" + finding.fingerprint() + ")").append(": ").append(finding.change()).append("\n  - ").append(impactLabel).append(": ")
                        .append(finding.impact()).append("\n");
            }
        }
    }
}
