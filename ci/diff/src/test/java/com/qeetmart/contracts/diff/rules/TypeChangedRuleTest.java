package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.finding;
import static com.qeetmart.contracts.diff.Fixtures.notes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qeetmart.contracts.diff.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeChangedRuleTest {

    private final Comparison comparison = compare("type-changed");

    @Test
    void narrowingARequestOrWideningAResponseBreaksAsDoesAnUnrelatedType() {
        assertEquals(List.of(
                "type-changed | PUT /items/{itemId} | request body application/json $.code",
                "type-changed | PUT /items/{itemId} | request body application/json $.quantity",
                "type-changed | PUT /items/{itemId} | response 200 application/json $.count",
                "type-changed | PUT /items/{itemId} | response 200 application/json $.size"), breaking(comparison));
        assertEquals("Type changed from integer (int32) to integer (int64).",
                finding(comparison, TypeChangedRule.ID, "response 200 application/json $.count").change());
    }

    @Test
    void wideningARequestOrNarrowingAResponseIsOnlyNoted() {
        // openapi-diff alone fails these (any type change); the gate overrides it.
        assertEquals(List.of(
                "type-changed-compatibly | PUT /items/{itemId} | path parameter itemId",
                "type-changed-compatibly | PUT /items/{itemId} | query parameter revision",
                "type-changed-compatibly | PUT /items/{itemId} | response 200 application/json $.ref",
                "type-changed-compatibly | PUT /items/{itemId} | response 200 application/json $.total"),
                notes(comparison));
    }
}
