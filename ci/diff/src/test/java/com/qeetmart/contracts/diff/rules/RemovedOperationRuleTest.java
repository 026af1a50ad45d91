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
        // verdicts are explained by the rule, so they do not appear twice. GET /legacy was
        // deprecated, but with no sunset announced: removing it still breaks, for that reason.
        assertEquals(java.util.List.of(
                "removed-before-sunset | GET /legacy | operation",
                "removed-operation | DELETE /items/{itemId} | operation"), breaking(comparison));
    }

    @Test
    void eachRemovalSaysWhetherItWasDeprecated() {
        assertTrue(finding(comparison, Deprecations.REMOVED_BEFORE_SUNSET, "operation").change()
                .contains("removed before its sunset (none was announced)"));
        assertTrue(finding(comparison, RemovedOperationRule.ID, "operation").change().contains("never deprecated"));
        assertTrue(finding(comparison, RemovedOperationRule.ID, "operation").impact().contains("404"));
    }
}
