package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.finding;
import static com.qeetmart.contracts.diff.Fixtures.notes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qeetmart.contracts.diff.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovedCompositionBranchRuleTest {

    @Test
    void aBranchRemovedFromARequestBreaksWhateverTheOrderOfTheRestAndFromAResponseIsANote() {
        Comparison comparison = compare("removed-composition-branch");

        assertEquals(List.of("removed-composition-branch | POST /payments | request body application/json $.method"),
                breaking(comparison));
        assertEquals(List.of("removed-composition-branch | POST /payments | response 201 application/json $.method"),
                notes(comparison));
        assertEquals("The oneOf branch `Transfer` was removed.",
                finding(comparison, RemovedCompositionBranchRule.ID, "request body application/json $.method").change());
        assertEquals("The anyOf branch `Transfer` was removed.",
                finding(comparison, RemovedCompositionBranchRule.ID, "response 201 application/json $.method").change());
    }

    @Test
    void aBranchAddedToAResponseBreaksAndToARequestDoesNot() {
        // The same pair read backwards: the revision's branches are the base's plus Transfer.
        Comparison comparison = com.qeetmart.contracts.diff.ContractComparator.standard().compare(
                com.qeetmart.contracts.diff.Fixtures.path("removed-composition-branch", "revision.yaml"),
                com.qeetmart.contracts.diff.Fixtures.path("removed-composition-branch", "base.yaml"));

        assertEquals(List.of("response-composition-branch-added | POST /payments | response 201 application/json $.method"),
                breaking(comparison).stream().filter(f -> !f.startsWith("openapi-diff")).toList());
    }
}
