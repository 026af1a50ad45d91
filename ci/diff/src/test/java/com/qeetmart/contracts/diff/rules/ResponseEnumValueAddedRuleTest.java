package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qeetmart.contracts.diff.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseEnumValueAddedRuleTest {

    @Test
    void aNewValueOrADroppedEnumBreaksInTheResponseButNotInTheRequestUsingTheSameSchema() {
        Comparison comparison = compare("response-enum-value-added");

        assertEquals(List.of(
                "response-enum-value-added | POST /orders | response 201 application/json $.channel",
                "response-enum-value-added | POST /orders | response 201 application/json $.status"),
                breaking(comparison));
        assertEquals("New response enum value(s) `REFUNDED`.",
                finding(comparison, ResponseEnumValueAddedRule.ID, "response 201 application/json $.status").change());
    }
}
