package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.notes;
import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.contracts.diff.Comparison;
import com.qeetmart.contracts.diff.ContractComparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSON Schema 2020-12 keywords in a shared file, judged by who reads each schema: Order is only
 * sent (a request), Receipt only answered (a response), Shipment a webhook's payload (read by the
 * client, as a response).
 */
class KeywordJudgeTest {

    private static final String AT = "common.yaml#/components/schemas/";

    private final Comparison comparison = ContractComparator.standard()
            .compare(path("keywords-2020-12", "base/api.yaml"), path("keywords-2020-12", "revision/api.yaml"));

    @Test
    void keywordsThatHoldRequestsToMoreOrResponsesToLessBreak() {
        assertEquals(List.of(
                "content-encoding-changed | POST /orders | " + AT + "Receipt/properties/signature contentEncoding",
                "request-keyword-constrains | POST /orders | " + AT + "Order dependentRequired",
                "request-keyword-constrains | POST /orders | " + AT + "Order/properties/lines minContains",
                "response-keyword-loosened | POST /(webhook)/orderShipped | " + AT + "Shipment not",
                "response-keyword-loosened | POST /orders | " + AT + "Receipt unevaluatedProperties"), breaking(comparison));
        assertEquals(List.of(), comparison.notJudged());
    }

    @Test
    void theirMirrorImagesAreNotesAndAVacuousKeywordIsNoChange() {
        // unevaluatedProperties: true, added to Order, refuses nothing: no finding at all.
        assertEquals(List.of(
                "keyword-change-compatible | POST /(webhook)/orderShipped | " + AT + "Shipment patternProperties",
                "keyword-change-compatible | POST /orders | " + AT + "Order propertyNames",
                "keyword-change-compatible | POST /orders | " + AT + "Receipt/properties/codes maxContains"),
                notes(comparison).stream().filter(note -> note.startsWith(KeywordJudge.COMPATIBLE)).toList());
        assertTrue(comparison.findings().stream().noneMatch(f -> f.location().detail().endsWith("unevaluatedProperties")
                && f.location().detail().contains("Order")));
    }
}
