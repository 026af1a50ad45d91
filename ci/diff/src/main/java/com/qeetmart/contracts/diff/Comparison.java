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

    public List<Finding> notes() {
        return findings.stream().filter(finding -> !finding.breaking()).toList();
    }
}
