package com.qeetmart.contracts.diff;

import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContractsDiffTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ContractsDiff.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String fixture(String name, String file) {
        return path(name, file).toString();
    }

    @Test
    void aBreakingRevisionExitsOneWithAReportPerOperation() {
        int exit = run(fixture("removed-response-property", "base.yaml"), fixture("removed-response-property", "revision.yaml"));

        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(ContractsDiff.BREAKING, exit);
        assertTrue(report.contains("**Verdict: breaking.** 1 change(s) in 1 operation(s)"), report);
        assertTrue(report.contains("### `GET /items` (listItems)"), report);
        assertTrue(report.contains("- **removed-response-property** at `response 200 application/json $.items[].colour`"), report);
        assertTrue(report.contains("Why it breaks: Clients that read `colour`"), report);
        assertTrue(report.contains("## All changes (openapi-diff)"), report);
    }

    @Test
    void anAdditiveRevisionExitsZero() {
        assertEquals(ContractsDiff.NOT_BREAKING, run(fixture("additive", "base.yaml"), fixture("additive", "revision.yaml")));
    }

    @Test
    void wrongArgumentsExitTwoWithUsage() {
        assertEquals(ContractsDiff.UNUSABLE, run(fixture("additive", "base.yaml")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: contracts-diff BASE.yaml REVISION.yaml"));
    }

    @Test
    void aMissingFileExitsTwo() {
        assertEquals(ContractsDiff.UNUSABLE, run(fixture("additive", "base.yaml"), "no-such-spec.yaml"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no-such-spec.yaml: no such file"));
    }

    @Test
    void aDanglingReferenceExitsTwoRatherThanJudgingAHalfSpec() {
        assertEquals(ContractsDiff.UNUSABLE,
                run(fixture("unresolvable-ref", "base.yaml"), fixture("unresolvable-ref", "revision.yaml")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("common/missing.yaml"), err.toString(StandardCharsets.UTF_8));
    }
}
