package com.qeetmart.contracts.diff.gate;

import com.qeetmart.contracts.diff.finding.Finding;
import java.util.List;

/**
 * What the gate decided for one spec.
 *
 * @param spec    the spec's file name, e.g. {@code products.yaml}
 * @param outcome the decision
 * @param summary one line for the console, e.g. {@code 1.0.0 -> 1.1.0, 2 note(s)}
 * @param report   the Markdown report written for it
 * @param findings what the comparison found (none when there was no comparison: new, removed, unreadable)
 * @param operations the operations openapi-diff saw added, removed or changed ({@link OperationChanges})
 * @param notJudged  changes of keywords the gate does not compare, as {@code `keyword` change at `where`}
 * @param accepted   findings and changes a reviewer accepted (contracts/gate-exceptions.yaml), described
 */
record GateVerdict(String spec, Outcome outcome, String summary, String report, List<Finding> findings,
                   List<String> operations, List<String> notJudged, List<String> accepted) {

    GateVerdict(String spec, Outcome outcome, String summary, String report) {
        this(spec, outcome, summary, report, List.of(), List.of(), List.of(), List.of());
    }

    enum Outcome {
        NEW("new (no baseline)", true),
        NOT_BREAKING("not breaking", true),
        BREAKING_MAJOR_BUMP("breaking, new major version", true),
        /** Generated SDK code breaks, and the SDKs' major version moves: their users are told. */
        SDK_BREAKING_NEW_MAJOR("SDK-breaking, new SDK major", true),
        /** Generated SDK code breaks, and the SDKs' major version stays. */
        SDK_BREAKING("SDK-BREAKING", false),
        BREAKING("BREAKING", false),
        /** A change against the deprecation policy: fails whatever the version says. */
        POLICY("AGAINST THE DEPRECATION POLICY", false),
        /** A change of a keyword the gate does not compare: a reviewer must judge it (exit 2). */
        NOT_JUDGED("NOT JUDGED", false),
        REMOVED("REMOVED", false),
        UNREADABLE("UNREADABLE", false);

        private final String label;
        private final boolean passes;

        Outcome(String label, boolean passes) {
            this.label = label;
            this.passes = passes;
        }

        String label() {
            return label;
        }

        boolean passes() {
            return passes;
        }
    }
}
