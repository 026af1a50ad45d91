package com.qeetmart.contracts.diff.finding;

/**
 * One judged change.
 *
 * @param rule     the id of the rule that judged it (kebab-case, e.g. {@code removed-response-property})
 * @param severity whether it breaks existing clients, or the deprecation policy
 * @param location where it is
 * @param change   what changed, in the spec's terms
 * @param impact   what it means for a client built against the base spec (why it breaks, or why not)
 */
public record Finding(String rule, Severity severity, Location location, String change, String impact) {

    public boolean breaking() {
        return severity == Severity.BREAKING;
    }

    /** Against the API's deprecation policy: fails the gate whatever the version. */
    public boolean policy() {
        return severity == Severity.POLICY;
    }

    /** Breaks code generated from the spec, not the wire. */
    public boolean sdkBreaking() {
        return severity == Severity.SDK_BREAKING;
    }

    public boolean note() {
        return severity == Severity.NOTE;
    }

    /** What a reviewer names to accept this finding ({@link Fingerprint}). */
    public String fingerprint() {
        return Fingerprint.of(this);
    }
}
