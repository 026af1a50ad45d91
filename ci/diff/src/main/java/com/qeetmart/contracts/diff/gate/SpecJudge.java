package com.qeetmart.contracts.diff.gate;

import com.qeetmart.contracts.diff.Comparison;
import com.qeetmart.contracts.diff.ContractComparator;
import com.qeetmart.contracts.diff.finding.Finding;
import com.qeetmart.contracts.diff.finding.NotJudged;
import com.qeetmart.contracts.diff.gate.GateVerdict.Outcome;
import com.qeetmart.contracts.diff.policy.GatePolicy;
import com.qeetmart.contracts.diff.report.MarkdownReport;
import com.qeetmart.contracts.diff.spec.SpecLoadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges one spec against its released baseline. A change against the deprecation policy fails
 * whatever the version; a breaking change passes only when the revision's {@code info.version}
 * major is above the baseline's: that is how consumers are told; a change that breaks generated
 * SDK code only when every SDK's major version moves. A finding a reviewer accepted
 * ({@link ReviewedExceptions}) is set aside, and the report says by whom and until when.
 */
final class SpecJudge {

    private final ContractComparator comparator;
    private final ReviewedExceptions exceptions;
    private final List<SdkRelease> sdks;

    /** {@code sdks}: each SDK's version at the last release and now; none known, none moved. */
    SpecJudge(GatePolicy policy, ReviewedExceptions exceptions, List<SdkRelease> sdks) {
        this.comparator = ContractComparator.standard(policy);
        this.exceptions = exceptions;
        this.sdks = List.copyOf(sdks);
    }

    GateVerdict judge(String spec, Path baseline, Path current) {
        if (!Files.exists(baseline)) {
            return new GateVerdict(spec, Outcome.NEW, "not released yet",
                    header(spec) + "New API: it has no released baseline, so no client can depend on it yet.\n");
        }
        if (!Files.exists(current)) {
            return new GateVerdict(spec, Outcome.REMOVED, "released, now deleted",
                    header(spec) + "**Fails the gate.** The released API `" + baseline + "` is gone from the "
                            + "revision: every operation of it is removed for its clients.\n");
        }
        try {
            return verdict(spec, comparator.compare(baseline, current));
        } catch (SpecLoadException e) {
            return unreadable(spec, e.getMessage());
        } catch (RuntimeException e) {
            // A comparison that did not finish cannot vouch for the spec: fail it, say why.
            return unreadable(spec, "the comparison failed: " + e);
        }
    }

    private GateVerdict verdict(String spec, Comparison found) {
        List<String> accepted = new ArrayList<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : found.findings()) {
            Optional<ReviewedException> by = finding.note() ? Optional.empty() : exceptions.accepting(spec, finding.fingerprint());
            by.ifPresentOrElse(exception -> accepted.add("**" + finding.rule() + "** at `" + finding.location().operation().label()
                    + "` `" + finding.location().detail() + "` (" + finding.fingerprint() + "): " + exception.describe()), () -> kept.add(finding));
        }
        List<NotJudged> keptNotJudged = new ArrayList<>();
        for (NotJudged change : found.notJudged()) {
            exceptions.accepting(spec, change.fingerprint()).ifPresentOrElse(exception -> accepted.add("not judged: "
                    + change.describe() + " (" + change.fingerprint() + "): " + exception.describe()), () -> keptNotJudged.add(change));
        }
        Comparison comparison = found.with(kept, keptNotJudged);
        String before = comparison.base().version();
        String after = comparison.revision().version();
        List<String> notJudged = comparison.notJudged().stream().map(NotJudged::describe).toList();
        String summary = before + " -> " + after + ", " + comparison.breakingFindings().size() + " breaking, "
                + comparison.notes().size() + " note(s)"
                + (comparison.sdkBreakingFindings().isEmpty() ? "" : ", " + comparison.sdkBreakingFindings().size() + " SDK-breaking")
                + (comparison.policyViolations().isEmpty() ? "" : ", " + comparison.policyViolations().size() + " against the policy")
                + (notJudged.isEmpty() ? "" : ", " + notJudged.size() + " not judged")
                + (accepted.isEmpty() ? "" : ", " + accepted.size() + " accepted by review");
        StringBuilder report = new StringBuilder(MarkdownReport.render(comparison, spec));
        if (!accepted.isEmpty()) {
            report.append("\n## Accepted by review\n\nFindings a reviewer accepted in `contracts/gate-exceptions.yaml`; "
                    + "each passes until its entry expires.\n\n");
            accepted.forEach(line -> report.append("- ").append(line).append('\n'));
        }
        report.append("\n## Release gate\n\n");
        Outcome outcome = outcome(comparison, before, after);
        report.append(switch (outcome) {
            case POLICY -> "**Fails.** The changes listed under \"Against the deprecation policy\" break the API's "
                    + "promise to its clients, whatever the version: give each deprecation an `x-sunset` far enough ahead, "
                    + "and keep stability levels from going down.\n";
            case NOT_JUDGED -> "**Not judged.** No change the gate compares breaks clients, but it does not compare the "
                    + "keywords listed under \"Not judged\": a reviewer must decide, then accept the change in "
                    + "`contracts/gate-exceptions.yaml` (or release it as a new major version if it breaks).\n";
            case NOT_BREAKING -> "**Passes.** No change breaks clients.\n";
            case BREAKING_MAJOR_BUMP -> "**Passes.** The changes above break clients, and `info.version` goes from "
                    + before + " to " + after + ": a new major version, which tells consumers exactly that.\n";
            case SDK_BREAKING -> "**Fails.** The changes under \"Breaks generated SDK code\" keep the wire compatible but "
                    + "break code written against the SDKs, whose versions (" + sdkVersions() + ") do not move to a new "
                    + "major. Keep the generated names and order, or release the SDKs as a new major version.\n";
            case SDK_BREAKING_NEW_MAJOR -> "**Passes.** The changes under \"Breaks generated SDK code\" break code written "
                    + "against the SDKs, and their versions move to a new major (" + sdkVersions() + ").\n";
            default -> "**Fails.** The changes above break clients but `info.version` goes from " + before + " to "
                    + after + " without a new major. Make the change additive, or release it as a new major version.\n";
        });
        List<String> operations = OperationChanges.in(comparison.openApiDiffMarkdown());
        return new GateVerdict(spec, outcome, summary, report.toString(), comparison.findings(), operations, notJudged,
                accepted);
    }

    private Outcome outcome(Comparison comparison, String before, String after) {
        if (!comparison.policyViolations().isEmpty()) {
            return Outcome.POLICY;
        }
        if (comparison.breaking() && !SpecVersion.majorBumped(before, after)) {
            return Outcome.BREAKING;
        }
        boolean sdkMajor = !sdks.isEmpty() && sdks.stream().allMatch(SdkRelease::majorMoved);
        if (!comparison.sdkBreakingFindings().isEmpty() && !sdkMajor) {
            return Outcome.SDK_BREAKING;
        }
        if (comparison.breaking()) {
            return Outcome.BREAKING_MAJOR_BUMP;
        }
        if (!comparison.sdkBreakingFindings().isEmpty()) {
            return Outcome.SDK_BREAKING_NEW_MAJOR;
        }
        return comparison.needsJudgement() ? Outcome.NOT_JUDGED : Outcome.NOT_BREAKING;
    }

    private String sdkVersions() {
        return sdks.isEmpty() ? "not given to the gate" : String.join(", ", sdks.stream().map(SdkRelease::describe).toList());
    }

    private static GateVerdict unreadable(String spec, String reason) {
        return new GateVerdict(spec, Outcome.UNREADABLE, reason,
                header(spec) + "**Fails the gate.** The spec cannot be judged: " + reason + "\n");
    }

    private static String header(String spec) {
        return "# API change report: " + spec + "\n\n";
    }
}
