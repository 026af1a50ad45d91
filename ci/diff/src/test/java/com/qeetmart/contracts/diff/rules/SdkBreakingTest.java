package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.contracts.diff.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes the wire does not see but generated SDK code does: their own severity, none breaking. */
class SdkBreakingTest {

    private final Comparison comparison = compare("sdk-breaking");

    @Test
    void renamedMethodsTypesAndParametersAndReorderedArgumentsBreakTheSdksNotTheWire() {
        assertEquals(List.of(), breaking(comparison));
        assertEquals(List.of(
                "model-removed | MODEL #/components/schemas/Order | Order",
                "operation-id-changed | GET /legacy | operationId",
                "operation-id-changed | GET /orders | operationId",
                "parameters-reordered | GET /search | parameters",
                "path-parameter-renamed | GET /items/{itemId} | path parameter itemId"),
                comparison.sdkBreakingFindings().stream()
                        .map(f -> f.rule() + " | " + f.location().operation().label() + " | " + f.location().detail())
                        .sorted().toList());
    }

    @Test
    void eachSaysWhatCodeBreaks() {
        assertTrue(finding(comparison, ModelRemovedRule.ID, "Order").change().contains("new among them: `PurchaseOrder`"));
        assertTrue(finding(comparison, ParameterSignatureRule.REORDERED, "parameters").change()
                .contains("from (q, page) to (page, q)"));
        assertTrue(comparison.findings().stream().anyMatch(f -> f.rule().equals(OperationIdChangedRule.ID)
                && f.change().equals("The operationId goes from listOrders to searchOrders.")));
    }
}
