package com.qeetmart.contracts.diff;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdditiveChangesTest {

    @Test
    void additiveChangesNeverFailTheGate() {
        // New optional request property, endpoint, optional parameter, response property, response
        // status and request enum value, and relaxed request limits, all in one revision.
        Comparison comparison = compare("additive");

        assertEquals(List.of(), breaking(comparison));
        assertFalse(comparison.breaking());
    }

    @Test
    void theReportStillListsWhatWasAdded() {
        String report = com.qeetmart.contracts.diff.report.MarkdownReport.render(compare("additive"), "additive");

        assertTrue(report.contains("**Verdict: not breaking.**"), report);
        assertTrue(report.contains("/items/{itemId}"), "the new endpoint is listed:\n" + report);
    }
}
