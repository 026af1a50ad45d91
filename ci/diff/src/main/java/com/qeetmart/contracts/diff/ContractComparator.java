package com.qeetmart.contracts.diff;

import com.qeetmart.contracts.diff.spec.UnjudgedKeywords;
import com.qeetmart.contracts.diff.finding.Area;
import com.qeetmart.contracts.diff.finding.Finding;
import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.finding.Severity;
import com.qeetmart.contracts.diff.policy.GatePolicy;
import com.qeetmart.contracts.diff.policy.Stability;
import com.qeetmart.contracts.diff.rules.Deprecations;
import com.qeetmart.contracts.diff.rules.KeywordJudge;
import com.qeetmart.contracts.diff.rules.RuleSet;
import com.qeetmart.contracts.diff.spec.ClientBound;
import com.qeetmart.contracts.diff.spec.LoadedSpec;
import com.qeetmart.contracts.diff.spec.SchemaUsages;
import com.qeetmart.contracts.diff.spec.SpecLoader;
import com.qeetmart.contracts.diff.upstream.OpenApiDiffCheck;
import com.qeetmart.contracts.diff.walk.ApiPair;
import com.qeetmart.contracts.diff.walk.StabilityLevels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares two spec files: the house rules first, then openapi-diff. An openapi-diff verdict on an
 * operation area that a rule already explains is dropped as a duplicate; one that no rule explains
 * stays breaking, so the gate is never weaker than openapi-diff outside the checks it overrides.
 * Last, what breaks an operation its base marked draft or beta ({@code x-stability-level}) is a
 * note: its clients were told it may change.
 */
public final class ContractComparator {

    private final SpecLoader loader = new SpecLoader();
    private final RuleSet rules;

    public ContractComparator(RuleSet rules) {
        this.rules = rules;
    }

    public static ContractComparator standard() {
        return new ContractComparator(RuleSet.standard());
    }

    public static ContractComparator standard(GatePolicy policy) {
        return new ContractComparator(RuleSet.standard(policy));
    }

    public Comparison compare(Path base, Path revision) {
        LoadedSpec baseSpec = loader.load(base);
        LoadedSpec revisionSpec = loader.load(revision);
        List<Finding> findings = new ArrayList<>(rules.check(new ApiPair(baseSpec, revisionSpec)));
        // JSON Schema keywords the parsed models drop, judged from the files by who reads the schema.
        KeywordJudge.Judgement keywords = KeywordJudge.judge(UnjudgedKeywords.changes(base, revision),
                SchemaUsages.of(revision));
        findings.addAll(keywords.findings());
        // openapi-diff runs second: the rules then see the models exactly as parsed.
        OpenApiDiffCheck.Result upstream = new OpenApiDiffCheck().compare(baseSpec, revisionSpec);
        // An operation removed after its sunset explains openapi-diff's verdict on it, though only a
        // note. (A property's does not: openapi-diff's verdict covers the whole of the responses.)
        Set<String> explained = findings.stream()
                .filter(finding -> finding.breaking() || (finding.rule().equals(Deprecations.REMOVED_AFTER_SUNSET)
                        && finding.location().area() == Area.OPERATION))
                .map(finding -> key(finding.location())).collect(Collectors.toSet());
        upstream.incompatibilities().stream()
                // openapi-diff reads a webhook's or callback's directions the wrong way round.
                .filter(finding -> !ClientBound.isPath(finding.location().operation().path()))
                .filter(finding -> !explained.contains(key(finding.location())))
                // A removed operation explains every area of it.
                .filter(finding -> !explained.contains(key(finding.location().operation().label(), Area.OPERATION)))
                .forEach(findings::add);
        StabilityLevels levels = new StabilityLevels(baseSpec);
        return new Comparison(baseSpec, revisionSpec, findings.stream().map(finding -> relaxed(finding, levels)).toList(),
                upstream.markdown(), keywords.notJudged());
    }

    private static Finding relaxed(Finding finding, StabilityLevels levels) {
        Stability level = levels.of(finding.location().operation());
        if (!(finding.breaking() || finding.sdkBreaking()) || !level.mayBreak()) {
            return finding;
        }
        return new Finding(finding.rule(), Severity.NOTE, finding.location(), finding.change(), "Its "
                + Stability.EXTENSION + " is " + level.label() + ": clients were told it may change without a new "
                + "major version. Otherwise: " + finding.impact());
    }

    private static String key(Location location) {
        return key(location.operation().label(), location.area());
    }

    // Path parameter names differ between the tools' views of one operation; compare templates.
    private static String key(String operationLabel, Area area) {
        return operationLabel.replaceAll("\\{[^}]*}", "{}") + " " + area;
    }
}
