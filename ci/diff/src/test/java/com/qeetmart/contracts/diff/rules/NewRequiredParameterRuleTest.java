package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qeetmart.contracts.diff.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewRequiredParameterRuleTest {

    @Test
    void aNewRequiredParameterAndAnOptionalOneMadeRequiredBreakButANewOptionalOneDoesNot() {
        Comparison comparison = compare("new-required-parameter");

        // The header is matched case-insensitively (X-Tenant became x-tenant).
        assertEquals(List.of(
                "new-required-parameter | GET /items | header parameter x-tenant",
                "new-required-parameter | GET /items | query parameter q"), breaking(comparison));
        assertEquals("The header parameter `x-tenant` is now required.",
                finding(comparison, NewRequiredParameterRule.ID, "header parameter x-tenant").change());
    }
}
