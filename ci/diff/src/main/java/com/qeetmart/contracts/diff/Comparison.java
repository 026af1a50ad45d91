package com.qeetmart.contracts.diff;

import com.qeetmart.contracts.diff.finding.Finding;
import com.qeetmart.contracts.diff.finding.NotJudged;
import com.qeetmart.contracts.diff.spec.LoadedSpec;
import java.util.List;

/**
 * The judged difference between a base spec and its revision.
 *
 * @param findings            every finding, breaking ones and notes, from the rules and openapi-diff
 * @param openApiDiffMarkdown openapi-diff's own Markdown change list, for the full picture
 * @param notJudged           changes of keywords the gate does not compare: never taken as compatible
 */
public record Comparison(LoadedSpec base, LoadedSpec revision, List<Finding> findings, String openApiDiffMarkdown,
                         List<NotJudged> notJudged) {

    /** Whether a change the gate cannot judge needs a reviewer (unless one already breaks). */
    public boolean needsJudgement() {
        return !notJudged.isEmpty();
    }

    public boolean breaking() {
        return findings.stream().anyMatch(Finding::breaking);
    }

    public List<Finding> breakingFindings() {
        return findings.stream().filter(Finding::breaking).toList();
    }

    /** Changes against the deprecation policy: they fail the gate whatever the version says. */
    public List<Finding> policyViolations() {
        return findings.stream().filter(Finding::policy).toList();
    }

    /** Changes that break code generated from the spec: they pass with a new major version of the SDKs. */
    public List<Finding> sdkBreakingFindings() {
        return findings.stream().filter(Finding::sdkBreaking).toList();
    }

    public List<Finding> notes() {
        return findings.stream().filter(Finding::note).toList();
    }

    /** The same comparison with other findings and not-judged changes (a reviewer accepted the rest). */
    public Comparison with(List<Finding> keptFindings, List<NotJudged> keptNotJudged) {
        return new Comparison(base, revision, List.copyOf(keptFindings), openApiDiffMarkdown, List.copyOf(keptNotJudged));
    }
}
