package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qeetmart.contracts.diff.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovedResponsePropertyRuleTest {

    @Test
    void anOptionalPropertyRemovedFromAResponseBreaks() {
        Comparison comparison = compare("removed-response-property");

        // Not the writeOnly one (never in a response), not the one removed from the request body.
        assertEquals(List.of("removed-response-property | GET /items | response 200 application/json $.items[].colour"),
                breaking(comparison));
        assertEquals("The optional response property `colour` was removed; it was never deprecated.",
                finding(comparison, RemovedResponsePropertyRule.ID, "response 200 application/json $.items[].colour").change());
    }
}
