package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.contracts.diff.Comparison;
import org.junit.jupiter.api.Test;

class RemovedOperationRuleTest {

    private final Comparison comparison = compare("removed-operation");

    @Test
    void removedOperationsAndPathsBreakButARenamedPathParameterDoesNot() {
        // getItem moved from {itemId} to {id}: the same URL. openapi-diff's own "missing endpoint"
        // verdicts are explained by the rule, so they do not appear twice.
        assertEquals(java.util.List.of(
                "removed-operation | DELETE /items/{itemId} | operation",
                "removed-operation | GET /legacy | operation"), breaking(comparison));
    }

    @Test
    void aRemovedDeprecatedOperationSaysItWasDeprecated() {
        assertTrue(comparison.findings().stream().anyMatch(f -> f.location().operation().label().equals("GET /legacy")
                && f.change().contains("deprecated")));
        assertTrue(finding(comparison, RemovedOperationRule.ID, "operation").impact().contains("404"));
    }
}
