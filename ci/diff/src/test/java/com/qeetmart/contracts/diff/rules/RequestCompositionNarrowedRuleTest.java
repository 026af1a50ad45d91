package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.contracts.diff.Comparison;
import com.qeetmart.contracts.diff.ContractComparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Composition by direction, across two files: a request made exclusive (oneOf without a
 * discriminator, where there was a plain schema or an anyOf) or given a constraining allOf member
 * breaks; a discriminated oneOf and an allOf member of optional properties do not; a response
 * turned into a oneOf of two shapes breaks.
 */
class RequestCompositionNarrowedRuleTest {

    private final Comparison comparison = ContractComparator.standard()
            .compare(path("request-composition", "base/api.yaml"), path("request-composition", "revision/api.yaml"));

    @Test
    void requestsNarrowedThroughCompositionBreakAndTheirLooserFormsDoNot() {
        assertEquals(List.of(
                "request-all-of-member-added | POST /orders | request body application/json",
                "request-one-of-made-exclusive | POST /notes | request body application/json",
                "request-one-of-made-exclusive | POST /payments | request body application/json",
                "response-composition-branch-added | POST /payments | response 201 application/json"), breaking(comparison));
        assertTrue(comparison.findings().stream().anyMatch(f -> f.change().equals("The new allOf member `Limits` adds `maxProperties`.")));
        assertTrue(comparison.findings().stream().anyMatch(f -> f.change().startsWith("The anyOf became a oneOf of 2 branches")));
    }
}
