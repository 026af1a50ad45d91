package com.qeetmart.contracts.diff;

import com.qeetmart.contracts.diff.finding.Finding;
import com.qeetmart.contracts.diff.spec.LoadedSpec;
import java.util.List;

/**
 * The judged difference between a base spec and its revision.
 *
 * @param findings            every finding, breaking ones and notes, from the rules and openapi-diff
 * @param openApiDiffMarkdown openapi-diff's own Markdown change list, for the full picture
 */
public record Comparison(LoadedSpec base, LoadedSpec revision, List<Finding> findings, String openApiDiffMarkdown) {

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
