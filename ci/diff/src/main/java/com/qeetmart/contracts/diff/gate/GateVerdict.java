package com.qeetmart.contracts.diff.gate;

/**
 * What the gate decided for one spec.
 *
 * @param spec    the spec's file name, e.g. {@code products.yaml}
 * @param outcome the decision
 * @param summary one line for the console, e.g. {@code 1.0.0 -> 1.1.0, 2 note(s)}
 * @param report  the Markdown report written for it
 */
record GateVerdict(String spec, Outcome outcome, String summary, String report) {

    enum Outcome {
        NEW("new (no baseline)", true),
        NOT_BREAKING("not breaking", true),
        BREAKING_MAJOR_BUMP("breaking, new major version", true),
        BREAKING("BREAKING", false),
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
