package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qeetmart.contracts.diff.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovedCompositionBranchRuleTest {

    @Test
    void aRemovedOneOfOrAnyOfBranchBreaksWhateverTheOrderOfTheRest() {
        Comparison comparison = compare("removed-composition-branch");

        assertEquals(List.of(
                "removed-composition-branch | POST /payments | request body application/json $.method",
                "removed-composition-branch | POST /payments | response 201 application/json $.method"),
                breaking(comparison));
        assertEquals("The oneOf branch `Transfer` was removed.",
                finding(comparison, RemovedCompositionBranchRule.ID, "request body application/json $.method").change());
        assertEquals("The anyOf branch `Transfer` was removed.",
                finding(comparison, RemovedCompositionBranchRule.ID, "response 201 application/json $.method").change());
    }
}
