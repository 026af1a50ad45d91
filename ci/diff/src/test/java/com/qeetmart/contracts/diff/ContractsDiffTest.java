package com.qeetmart.contracts.diff;

import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    void jsonListsOneObjectPerFindingForBots() throws Exception {
        int exit = run("--format", "json", fixture("removed-response-property", "base.yaml"),
                fixture("removed-response-property", "revision.yaml"));

        assertEquals(ContractsDiff.BREAKING, exit);
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("breaking", report.get("verdict").asText());
        JsonNode finding = report.get("findings").get(0);
        assertEquals("GET /items", finding.get("operation").asText());
        assertEquals("listItems", finding.get("operationId").asText());
        assertEquals("response 200 application/json $.items[].colour", finding.get("location").asText());
        assertEquals("removed-response-property", finding.get("rule").asText());
        assertEquals("breaking", finding.get("severity").asText());
        assertTrue(finding.get("reason").asText().startsWith("Clients that read `colour`"), finding.toString());
        assertTrue(finding.has("change"), finding.toString());
    }

    @Test
    void jsonOfACompatibleChangeSaysSoAndMarksNotices() throws Exception {
        assertEquals(ContractsDiff.NOT_BREAKING, run(fixture("additive", "base.yaml"), fixture("additive", "revision.yaml"),
                "--format", "json"));
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("not-breaking", report.get("verdict").asText());
        report.get("findings").forEach(f -> assertEquals("notice", f.get("severity").asText(), f.toString()));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(ContractsDiff.UNUSABLE, run("--format", "xml", fixture("additive", "base.yaml"),
                fixture("additive", "revision.yaml")));
    }

    @Test
    void anAdditiveRevisionExitsZero() {
        assertEquals(ContractsDiff.NOT_BREAKING, run(fixture("additive", "base.yaml"), fixture("additive", "revision.yaml")));
    }

    @Test
    void wrongArgumentsExitTwoWithUsage() {
        assertEquals(ContractsDiff.UNUSABLE, run(fixture("additive", "base.yaml")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: contracts-diff [--format markdown|json] BASE.yaml REVISION.yaml"));
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
