package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qeetmart.contracts.diff.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewRequiredRequestPropertyRuleTest {

    @Test
    void propertiesClientsMustNowSendBreakButReadOnlyOnesAndResponsePropertiesDoNot() {
        Comparison comparison = compare("new-required-request-property");

        assertEquals(List.of(
                "new-required-request-property | POST /items | request body application/json $.colour",
                "new-required-request-property | POST /items | request body application/json $.weight"),
                breaking(comparison));
        assertEquals("The request property `colour` is now required.",
                finding(comparison, NewRequiredRequestPropertyRule.ID, "request body application/json $.colour").change());
        assertEquals("New required request property `weight`.",
                finding(comparison, NewRequiredRequestPropertyRule.ID, "request body application/json $.weight").change());
    }
}
