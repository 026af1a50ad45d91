package com.qeetmart.contracts.diff.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.contracts.diff.policy.GatePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reviewer meets at the gate, over copies of the repository's specs: findings accepted as a
 * reviewer works (the gate fails, the report names each finding's fingerprint, the reviewer
 * accepts them in the exceptions file with an owner, a reason and an expiry), the deprecation
 * policy, and changes that break generated SDK code against the SDKs' versions.
 */
class GateReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String PRODUCT_BRAND = SpecsCheckout.PRODUCT_BRAND;
    private static final Pattern FINGERPRINT = Pattern.compile("\\(fingerprint `([0-9a-f]{12})`\\)");

    @TempDir
    Path dir;
    private SpecsCheckout checkout;
    private Path exceptions;

    @BeforeEach
    void releaseAndCheckOut() {
        checkout = new SpecsCheckout(dir);
        exceptions = dir.resolve("gate-exceptions.yaml");
    }

    private int gate() {
        return gate(List.of());
    }

    private int gate(List<SdkRelease> sdks) {
        checkout.clearConsole();
        return ContractsGate.run(checkout.baseline, checkout.current, checkout.reports, GatePolicy.defaults(TODAY),
                ReviewedExceptions.load(exceptions, TODAY), sdks, checkout.out());
    }

    private String console() {
        return checkout.console();
    }

    private String products() throws IOException {
        return checkout.report("products.md");
    }

    private void edit(String from, String to) throws IOException {
        checkout.edit("products.yaml", from, to);
    }

    private void accept(List<String> fingerprints, String expires, String owner) throws IOException {
        StringBuilder yaml = new StringBuilder("exceptions:\n");
        for (String fingerprint : fingerprints) {
            yaml.append("  - spec: products.yaml\n    finding: ").append(fingerprint).append("\n    owner: ").append(owner)
                    .append("\n    reason: no client reads brand (checked with every partner)\n    expires: ").append(expires).append('\n');
        }
        Files.writeString(exceptions, yaml);
    }

    private List<String> fingerprints() throws IOException {
        Matcher matcher = FINGERPRINT.matcher(products().substring(0, products().indexOf("## All changes")));
        return matcher.results().map(match -> match.group(1)).distinct().toList();
    }

    @Test
    void aReviewerAcceptsEachFindingByItsFingerprintUntilTheEntryExpires() throws IOException {
        edit(PRODUCT_BRAND, "");
        assertEquals(1, gate());
        List<String> fingerprints = fingerprints();
        assertFalse(fingerprints.isEmpty());

        accept(fingerprints, "2027-01-31", "catalog-team");
        assertEquals(0, gate(), console());
        assertTrue(products().contains("## Accepted by review"));
        assertTrue(products().contains("accepted by catalog-team until 2027-01-31: no client reads brand"));

        accept(fingerprints.subList(1, fingerprints.size()), "2027-01-31", "catalog-team");
        assertEquals(1, gate(), "a finding not accepted still fails");
    }

    @Test
    void anExpiredEntryAcceptsNothingAndFailsTheGate() throws IOException {
        edit(PRODUCT_BRAND, "");
        gate();
        accept(fingerprints(), "2026-12-06", "catalog-team");
        assertEquals(1, gate());
        assertTrue(console().contains("expired on 2026-12-06"), console());
        assertTrue(products().contains("**Fails.**"));
    }

    @Test
    void anEntryMatchingNoFindingIncompleteOrTooLongFailsTheGate() throws IOException {
        accept(List.of("0123456789ab"), "2027-01-31", "catalog-team");
        assertEquals(1, gate());
        assertTrue(console().contains("matches no finding"), console());

        Files.writeString(exceptions, "exceptions:\n  - spec: products.yaml\n    finding: 0123456789ab\n    reason: r\n"
                + "    expires: 2027-01-31\n");
        assertEquals(1, gate());
        assertTrue(console().contains("has no owner"), console());

        accept(List.of("0123456789ab"), "2028-01-31", "catalog-team");
        assertEquals(1, gate());
        assertTrue(console().contains("more than 365 days ahead"), console());
        // A file written wrong fails the gate with what is wrong, not with a crash.
        Files.writeString(exceptions, "exceptions:\n  products.yaml: 0123456789ab\n");
        assertEquals(1, gate());
        assertTrue(console().contains("`exceptions` must be a list of entries"), console());
        Files.writeString(exceptions, "exceptions:\n  - 0123456789ab\n");
        assertEquals(1, gate());
        assertTrue(console().contains("entry 1 is not an entry"), console());
    }

    @Test
    void aDeprecationWithoutASunsetFailsWhateverTheVersionAndWithOneIsInTheReleaseNotes() throws IOException {
        edit("      operationId: getProduct\n", "      operationId: getProduct\n      deprecated: true\n");
        assertEquals(1, gate());
        assertTrue(console().contains("AGAINST THE DEPRECATION POLICY"), console());
        assertTrue(products().contains("deprecated-without-sunset"));

        edit("      deprecated: true\n", "      deprecated: true\n      x-sunset: '2027-04-01'\n");
        assertEquals(0, gate(), console());
        String notes = checkout.report("RELEASE-NOTES.md");
        assertTrue(notes.contains("**Deprecated**, `GET /products/{productId}`: The operation is now deprecated; its sunset is 2027-04-01."),
                notes);
    }

    @Test
    void aRenamedOperationIdPassesOnlyWithANewMajorOfEverySdkAndIsInTheReleaseNotes() throws IOException {
        edit("      operationId: getProduct\n", "      operationId: fetchProduct\n");
        assertEquals(1, gate(List.of(new SdkRelease("java", "0.1.0", "0.1.0"), new SdkRelease("typescript", "0.1.0", "0.1.1"))));
        assertTrue(console().contains("SDK-BREAKING"), console());
        assertTrue(products().contains("## Breaks generated SDK code"));
        assertEquals(1, gate(List.of(new SdkRelease("java", "0.1.0-SNAPSHOT", "0.2.0-SNAPSHOT"),
                new SdkRelease("typescript", "0.1.0", "0.1.1"))), "every SDK must move");

        assertEquals(0, gate(List.of(new SdkRelease("java", "0.1.0-SNAPSHOT", "0.2.0-SNAPSHOT"),
                new SdkRelease("typescript", "0.1.0", "1.0.0"))), console());
        assertTrue(console().contains("SDK-breaking, new SDK major"), console());
        String notes = checkout.report("RELEASE-NOTES.md");
        assertTrue(notes.contains("**SDK-breaking**, `GET /products/{productId}`: The operationId goes from getProduct to fetchProduct."),
                notes);
    }
}
