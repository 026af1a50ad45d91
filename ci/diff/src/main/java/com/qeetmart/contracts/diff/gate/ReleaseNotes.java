package com.qeetmart.contracts.diff.gate;

import com.qeetmart.contracts.diff.finding.Finding;
import com.qeetmart.contracts.diff.report.FindingOrder;
import com.qeetmart.contracts.diff.rules.Deprecations;
import java.util.List;

/**
 * What a release of the contracts changes for clients, as {@code ci/contracts-release} adds it to
 * each SDK's CHANGELOG.md ({@code RELEASE-NOTES.md} beside the gate's reports): for each spec that
 * changed, its version and verdict, the operations added, removed or changed, and the gate's
 * breaking changes and notices, deprecations (with their sunset dates) named as such.
 */
final class ReleaseNotes {

    private ReleaseNotes() {
    }

    static String render(List<GateVerdict> verdicts) {
        StringBuilder md = new StringBuilder();
        for (GateVerdict verdict : verdicts) {
            if (verdict.operations().isEmpty() && verdict.findings().isEmpty() && verdict.outcome() == GateVerdict.Outcome.NOT_BREAKING) {
                continue;
            }
            md.append("### `").append(verdict.spec()).append("`: ").append(verdict.summary()).append(" (")
                    .append(verdict.outcome().label()).append(")\n\n");
            verdict.operations().forEach(change -> md.append("- ").append(change).append('\n'));
            for (Finding finding : FindingOrder.of(verdict.findings())) {
                md.append("- ").append(label(finding)).append(", `")
                        .append(finding.location().operation().label()).append("`: ").append(finding.change())
                        .append(' ').append(finding.impact()).append('\n');
            }
            md.append('\n');
        }
        return md.isEmpty() ? "No change to any API.\n" : md.toString();
    }

    // Deprecations stand out, with their sunset in the line: what clients must plan for.
    private static String label(Finding finding) {
        if (finding.breaking()) {
            return "**Breaking**";
        }
        if (finding.sdkBreaking()) {
            return "**SDK-breaking**";
        }
        if (finding.policy()) {
            return "**Against the deprecation policy**";
        }
        return finding.rule().equals(Deprecations.DEPRECATED) ? "**Deprecated**" : "Note";
    }
}
