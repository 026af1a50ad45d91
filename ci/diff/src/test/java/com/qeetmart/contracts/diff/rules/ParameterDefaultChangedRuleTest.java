package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qeetmart.contracts.diff.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterDefaultChangedRuleTest {

    @Test
    void aDefaultChangedAddedOrRemovedBreaksClientsThatLeaveTheParameterOut() {
        Comparison comparison = compare("parameter-default-changed");

        // lang keeps its default (only its description changed); fields is a new parameter; mode
        // gains the default "null", a string, which is not no default.
        assertEquals(List.of(
                "parameter-default-changed | GET /items | query parameter mode",
                "parameter-default-changed | GET /items | query parameter page",
                "parameter-default-changed | GET /items | query parameter q",
                "parameter-default-changed | GET /items | query parameter size",
                "parameter-default-changed | GET /items | query parameter sort"), breaking(comparison));
        assertEquals("The query parameter `size` defaults to `50`, not `20`.",
                finding(comparison, ParameterDefaultChangedRule.ID, "query parameter size").change());
        assertEquals("The query parameter `sort` no longer defaults to `name`.",
                finding(comparison, ParameterDefaultChangedRule.ID, "query parameter sort").change());
    }
}
