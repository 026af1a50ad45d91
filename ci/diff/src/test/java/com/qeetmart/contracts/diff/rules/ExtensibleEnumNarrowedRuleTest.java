package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qeetmart.contracts.diff.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtensibleEnumNarrowedRuleTest {

    @Test
    void aRequestValueRemovedBreaksButAValueAddedOrAResponseValueChangedDoesNot() {
        Comparison comparison = compare("extensible-enum-narrowed");

        // colour gains green (open by contract); the response's state loses RETURNED and gains LOST:
        // its readers handle values they do not know.
        assertEquals(List.of("request-extensible-enum-narrowed | GET /items | query parameter sort"), breaking(comparison));
        assertEquals("Request value(s) `newest` removed from `x-extensible-enum`.",
                finding(comparison, ExtensibleEnumNarrowedRule.ID, "query parameter sort").change());
    }
}
