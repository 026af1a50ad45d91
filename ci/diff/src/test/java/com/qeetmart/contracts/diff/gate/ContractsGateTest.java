package com.qeetmart.contracts.diff.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate over copies of the repository's real specs: a released baseline and a working copy
 * that each test edits the way a developer would.
 */
class ContractsGateTest {

    private static final String PRODUCT_BRAND = SpecsCheckout.PRODUCT_BRAND;
    private static final Pattern INFO_VERSION = Pattern.compile("\n  version: (\\d+)\\.(\\d+)\\.\\d+\n");

    @TempDir
    Path dir;
    private SpecsCheckout checkout;
    private Path baseline;
    private Path current;
    private Path reports;

    @BeforeEach
    void releaseAndCheckOut() {
        checkout = new SpecsCheckout(dir);
        baseline = checkout.baseline;
        current = checkout.current;
        reports = checkout.reports;
    }

    private int gate() {
        return ContractsGate.run(baseline, current, reports, checkout.out());
    }

    private String console() {
        return checkout.console();
    }

    private String report(String name) throws IOException {
        return checkout.report(name + ".md");
    }

    private void edit(String spec, String from, String to) throws IOException {
        checkout.edit(spec, from, to);
    }

    /** Raises the spec's info.version as a release would: its major part, or else its minor part. */
    // The spec's version as it stands (the base's too: the test starts from the contracts as they are).
    private String versionOf(String spec) throws IOException {
        Matcher version = INFO_VERSION.matcher(Files.readString(current.resolve(spec)));
        assertTrue(version.find(), "no info.version in " + spec);
        return version.group().trim().substring("version: ".length());
    }

    private void raiseVersion(String spec, boolean major) throws IOException {
        Path file = current.resolve(spec);
        String text = Files.readString(file);
        Matcher version = INFO_VERSION.matcher(text);
        assertTrue(version.find(), "no info.version in " + spec);
        int majorPart = Integer.parseInt(version.group(1));
        int minorPart = Integer.parseInt(version.group(2));
        String raised = major ? (majorPart + 1) + ".0.0" : majorPart + "." + (minorPart + 1) + ".0";
        Files.writeString(file, version.replaceFirst("\n  version: " + raised + "\n"));
    }

    @Test
    void unchangedSpecsPassAndEachGetsAReport() throws IOException {
        assertEquals(0, gate(), console());
        for (String name : new String[] {"auth", "gateway", "inventory", "products", "users"}) {
            assertTrue(report(name).contains("**Passes.** No change breaks clients."), name);
        }
        assertTrue(console().contains("5 spec(s)"), console());
    }

    @Test
    void aResponsePropertyRemovedFromProductsFailsTheGate() throws IOException {
        edit("products.yaml", PRODUCT_BRAND, "");

        assertEquals(1, gate(), console());
        String report = report("products");
        assertTrue(report.contains("- **removed-response-property** at `response 200 application/json $.brand`"), report);
        assertTrue(report.contains("- **removed-response-property** at `response 200 application/json $.items[].brand`"), report);
        assertTrue(report.contains("**Fails.**"), report);
        assertTrue(console().lines().anyMatch(line -> line.contains("products.yaml") && line.contains("BREAKING")), console());
    }

    @Test
    void aKeywordTheGateDoesNotCompareIsNotJudgedAndExitsTwo() throws IOException {
        // A subschema of `not` rewritten: which values it refuses now, the gate cannot tell.
        Path released = baseline.resolve("products.yaml");
        Files.writeString(released, Files.readString(released).replace(PRODUCT_BRAND, PRODUCT_BRAND
                + "          not: {pattern: '^ $'}\n"));
        edit("products.yaml", PRODUCT_BRAND, PRODUCT_BRAND + "          not: {pattern: '^  $'}\n");

        assertEquals(2, gate(), console());
        assertTrue(console().lines().anyMatch(line -> line.contains("products.yaml") && line.contains("NOT JUDGED")), console());
        assertTrue(console().contains("`not` changed at `products.yaml#/components/schemas/Product/properties/brand`"), console());
        assertTrue(report("products").contains("**Not judged.**"), report("products"));
        assertTrue(Files.readString(reports.resolve("SUMMARY.md")).contains("## Not judged"));
    }

    @Test
    void theSummaryForThePullRequestPutsTheVerdictFirstThenWhoBreaks() throws IOException {
        edit("products.yaml", PRODUCT_BRAND, "");

        gate();
        String summary = Files.readString(reports.resolve("SUMMARY.md"));
        String[] lines = summary.split("\n");
        assertEquals("# API contracts: breaking-change gate", lines[0]);
        assertTrue(lines[2].startsWith("**Verdict: fails.** 1 of 5 spec(s) fail the gate: `products.yaml` (BREAKING)"),
                summary);
        assertTrue(summary.contains("| `users.yaml` | not breaking |"), summary);
        int breaking = summary.indexOf("## Breaking changes");
        assertTrue(breaking > 0, summary);
        assertTrue(summary.indexOf("- `GET /products/{productId}` **removed-response-property** at "
                + "`response 200 application/json $.brand`", breaking) > breaking, summary);
        assertTrue(summary.contains("  - Who breaks and how: Clients that read `brand`"), summary);
    }

    @Test
    void anUnchangedTreeGetsAPassingSummary() throws IOException {
        gate();
        assertTrue(Files.readString(reports.resolve("SUMMARY.md"))
                .contains("**Verdict: passes.** No change breaks a client (5 spec(s)"));
    }

    @Test
    void theSameChangePassesAsANewMajorVersion() throws IOException {
        edit("products.yaml", PRODUCT_BRAND, "");
        raiseVersion("products.yaml", true);

        assertEquals(0, gate(), console());
        assertTrue(report("products").contains("**Passes.** The changes above break clients"));
        assertTrue(console().contains("breaking, new major version"), console());
    }

    @Test
    void theReleaseNotesSayWhatChangedForClientsSpecBySpec() throws IOException {
        String before = versionOf("products.yaml");
        edit("products.yaml", PRODUCT_BRAND, "");
        raiseVersion("products.yaml", true);

        assertEquals(0, gate(), console());

        String notes = Files.readString(reports.resolve("RELEASE-NOTES.md"));
        assertTrue(notes.contains("### `products.yaml`: " + before + " -> 2.0.0, "), notes);
        assertTrue(notes.contains("- Changed: `GET` /products/{productId}"), notes);
        assertTrue(notes.contains("- **Breaking**, `GET /products/{productId}`: The optional response property `brand` was removed; it was never deprecated."),
                notes);
        assertTrue(!notes.contains("users.yaml"), "an unchanged spec is left out: " + notes);
    }

    @Test
    void unchangedSpecsMakeEmptyReleaseNotes() throws IOException {
        assertEquals(0, gate(), console());

        assertEquals("No change to any API.\n", Files.readString(reports.resolve("RELEASE-NOTES.md")));
    }

    @Test
    void aMinorVersionBumpDoesNotExcuseABreakingChange() throws IOException {
        edit("products.yaml", PRODUCT_BRAND, "");
        raiseVersion("products.yaml", false);

        assertEquals(1, gate(), console());
    }

    @Test
    void aBreakingChangeInTheSharedComponentsFailsTheSpecsUsingThem() throws IOException {
        // Problem.detail is optional and answered by every error response of every service.
        edit("common/components.yaml", "        detail:\n          type: string\n"
                + "          description: What went wrong in this occurrence, for a human.\n"
                + "          example: 2 fields are invalid\n", "");

        assertEquals(1, gate(), console());
        assertTrue(report("inventory").contains("application/problem+json $.detail"));
    }

    @Test
    void aSpecWithoutABaselineIsNewAndPasses() throws IOException {
        Files.delete(baseline.resolve("gateway.yaml"));

        assertEquals(0, gate(), console());
        assertTrue(console().lines().anyMatch(line -> line.contains("gateway.yaml") && line.contains("new (no baseline)")));
    }

    @Test
    void aReleasedSpecThatDisappearsFailsTheGate() throws IOException {
        Files.delete(current.resolve("gateway.yaml"));

        assertEquals(1, gate(), console());
        assertTrue(console().lines().anyMatch(line -> line.contains("gateway.yaml") && line.contains("REMOVED")));
    }

    @Test
    void aSpecThatCannotBeReadFailsTheGate() throws IOException {
        Files.writeString(current.resolve("users.yaml"), "not: an openapi document\n");

        assertEquals(1, gate(), console());
        assertTrue(console().lines().anyMatch(line -> line.contains("users.yaml") && line.contains("UNREADABLE")));
    }
}
