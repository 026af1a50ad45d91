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
 * A keyword change the gate cannot judge is never taken as compatible: where a schema both specs
 * have rewrites a subschema of one (an {@code if}, say), the change is "not judged" (exit 2), with
 * where it is. Keywords added or removed, it judges by who reads the schema ({@code KeywordJudge}).
 */
class NotJudgedTest {

    @Test
    void aRewrittenSubschemaIsNotJudgedAndKeywordsAddedWhereRequestsAreReadBreak() {
        Comparison comparison = Fixtures.compare("not-judged");

        // Order's if is rewritten: not judged. Its new dependentRequired and the lines' prefixItems
        // hold requests to more (Order is a request body too). The new Gift schema breaks no client.
        assertEquals(List.of(new NotJudged("revision.yaml#/components/schemas/Order", "if", "changed")),
                comparison.notJudged());
        assertEquals(List.of(
                "request-keyword-constrains | POST /orders | revision.yaml#/components/schemas/Order dependentRequired",
                "request-keyword-constrains | POST /orders | revision.yaml#/components/schemas/Order/properties/lines prefixItems"),
                Fixtures.breaking(comparison));
        // An $id added changes what references to the schema resolve to: not judged either.
        Comparison unjudged = Fixtures.compare("not-judged-only");
        assertEquals(List.of(new NotJudged("revision.yaml#/components/schemas/Order", "$id", "added"),
                new NotJudged("revision.yaml#/components/schemas/Order", "if", "changed")), unjudged.notJudged());
        assertFalse(unjudged.breaking());
        assertTrue(MarkdownReport.render(unjudged, "orders").contains("**Verdict: not judged.**"));
        assertTrue(JsonReport.render(unjudged, "orders").contains("\"verdict\" : \"not-judged\""),
                JsonReport.render(unjudged, "orders"));
    }

    @Test
    void aKeywordAddedInASharedFileIsJudgedWithTheFileNamed() {
        Comparison comparison = ContractComparator.standard().compare(path("not-judged-files", "base/orders.yaml"),
                path("not-judged-files", "revision/orders.yaml"));

        assertEquals(List.of(), comparison.notJudged());
        assertEquals(1, comparison.breakingFindings().size());
        assertEquals("common/components.yaml#/components/schemas/Address/properties/postcode not",
                comparison.breakingFindings().get(0).location().detail());
    }

    @Test
    void theCommandExitsTwoAndSaysWhereForAChangeItCannotJudge() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ContractsDiff.run(new String[] {path("not-judged-only", "base.yaml").toString(),
                path("not-judged-only", "revision.yaml").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertEquals(2, exit);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(
                "`if` changed at `revision.yaml#/components/schemas/Order`"));
    }

    @Test
    void aSpecWithoutUnjudgedChangesIsJudgedAsBefore() {
        assertTrue(Fixtures.compare("nullable-3-1").notJudged().isEmpty());
        assertTrue(Fixtures.compare("additive").notJudged().isEmpty());
    }
}
