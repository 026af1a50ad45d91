package com.qeetmart.contracts.diff;

import com.qeetmart.contracts.diff.finding.NotJudged;
import com.qeetmart.contracts.diff.report.JsonReport;
import com.qeetmart.contracts.diff.report.MarkdownReport;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A keyword the gate does not compare is never taken as compatible: where a schema both specs
 * have adds, removes or changes one, the change is "not judged" (exit 2), with where it is.
 */
class NotJudgedTest {

    @Test
    void keywordsTheGateDoesNotCompareAreNotJudgedWhereASchemaOfBothChangesThem() {
        Comparison comparison = Fixtures.compare("not-judged");

        // Order's unchanged if/then is no change; the new Gift schema's propertyNames breaks no client.
        assertEquals(List.of(
                new NotJudged("revision.yaml#/components/schemas/Order", "dependentRequired", "added"),
                new NotJudged("revision.yaml#/components/schemas/Order/properties/lines", "prefixItems", "added")),
                comparison.notJudged().stream().sorted(java.util.Comparator.comparing(NotJudged::where)).toList());
        assertFalse(comparison.breaking());
        assertTrue(MarkdownReport.render(comparison, "orders").contains("**Verdict: not judged.**"));
        assertTrue(JsonReport.render(comparison, "orders").contains("\"verdict\" : \"not-judged\""),
                JsonReport.render(comparison, "orders"));
    }

    @Test
    void aKeywordChangedInASharedFileIsNotJudgedWithTheFileNamed() {
        Comparison comparison = ContractComparator.standard().compare(path("not-judged-files", "base/orders.yaml"),
                path("not-judged-files", "revision/orders.yaml"));

        assertEquals(List.of(new NotJudged("common/components.yaml#/components/schemas/Address/properties/postcode",
                "not", "added")), comparison.notJudged());
    }

    @Test
    void theCommandExitsTwoAndSaysWhereForAChangeItCannotJudge() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ContractsDiff.run(new String[] {path("not-judged", "base.yaml").toString(),
                path("not-judged", "revision.yaml").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertEquals(2, exit);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(
                "`prefixItems` added at `revision.yaml#/components/schemas/Order/properties/lines`"));
    }

    @Test
    void aSpecWithoutUnjudgedChangesIsJudgedAsBefore() {
        assertTrue(Fixtures.compare("nullable-3-1").notJudged().isEmpty());
        assertTrue(Fixtures.compare("additive").notJudged().isEmpty());
    }
}
