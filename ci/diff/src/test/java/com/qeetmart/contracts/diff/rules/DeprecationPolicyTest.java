package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.finding;
import static com.qeetmart.contracts.diff.Fixtures.notes;
import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.contracts.diff.Comparison;
import com.qeetmart.contracts.diff.ContractComparator;
import com.qeetmart.contracts.diff.finding.Finding;
import com.qeetmart.contracts.diff.policy.GatePolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deprecation policy, judged on 2026-12-07 with its defaults: 90 days' notice (stable), 30 (beta). */
class DeprecationPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final Comparison comparison = ContractComparator.standard(GatePolicy.defaults(TODAY))
            .compare(path("deprecation", "base.yaml"), path("deprecation", "revision.yaml"));

    @Test
    void aDeprecationNeedsASunsetFarEnoughAheadForItsStabilityLevel() {
        assertEquals(List.of(
                "deprecated-without-sunset | GET /b | operation",
                "deprecated-without-sunset | GET /j | query parameter legacy",
                "stability-lowered | GET /h | operation",
                "sunset-too-soon | GET /d | operation",
                "unknown-stability-level | GET /i | operation"), policy());
        assertTrue(finding(comparison, Deprecations.SUNSET_TOO_SOON, "operation").impact()
                .contains("90 days' notice: a sunset on 2027-03-07 or later"));
    }

    @Test
    void removingIsBreakingUntilTheSunsetAndANoteFromThen() {
        // openapi-diff's own verdict on the removed GET /e is explained by the note: not repeated.
        assertEquals(List.of(
                "removed-before-sunset | GET /f | operation",
                "removed-response-property | GET /k | response 200 application/json $.kept"), breaking(comparison));
        assertTrue(notes(comparison).containsAll(List.of(
                "removed-after-sunset | GET /e | operation",
                "removed-after-sunset | GET /k | response 200 application/json $.gone")));
    }

    @Test
    void deprecationsWithTheirSunsetAreNotesAndBetaOperationsMayBreak() {
        assertTrue(notes(comparison).containsAll(List.of(
                "deprecated | GET /a | operation",
                "deprecated | GET /c | operation",
                "deprecated | GET /j | response 200 application/json $.old",
                "removed-response-property | GET /g | response 200 application/json $.name")), notes(comparison).toString());
        assertTrue(finding(comparison, Deprecations.DEPRECATED, "operation").change().contains("sunset is 2027-06-01"));
        Finding beta = finding(comparison, "removed-response-property", "response 200 application/json $.name");
        assertTrue(beta.impact().startsWith("Its x-stability-level is beta"), beta.impact());
    }

    private List<String> policy() {
        return comparison.policyViolations().stream()
                .map(f -> f.rule() + " | " + f.location().operation().label() + " | " + f.location().detail())
                .sorted().toList();
    }
}
