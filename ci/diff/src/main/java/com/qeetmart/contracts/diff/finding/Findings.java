package com.qeetmart.contracts.diff.finding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects findings from every rule. A shared schema reached twice in one operation (e.g. through
 * two oneOf branches) would repeat a finding, so identical findings are kept once.
 */
public final class Findings {

    private final Set<Finding> findings = new LinkedHashSet<>();

    public void breaking(String rule, Location location, String change, String impact) {
        findings.add(new Finding(rule, Severity.BREAKING, location, change, impact));
    }

    public void policy(String rule, Location location, String change, String impact) {
        findings.add(new Finding(rule, Severity.POLICY, location, change, impact));
    }

    public void sdkBreaking(String rule, Location location, String change, String impact) {
        findings.add(new Finding(rule, Severity.SDK_BREAKING, location, change, impact));
    }

    public void note(String rule, Location location, String change, String impact) {
        findings.add(new Finding(rule, Severity.NOTE, location, change, impact));
    }

    public List<Finding> asList() {
        return new ArrayList<>(findings);
    }
}
