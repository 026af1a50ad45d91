package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.notes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qeetmart.contracts.diff.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseHeaderRuleTest {

    private final Comparison comparison = compare("response-header");

    @Test
    void aHeaderReadersRelyOnThatGoesMayBeMissingOrChangesTypeBreaksThem() {
        assertEquals(List.of(
                "removed-response-header | GET /items | response 200 header deprecation",
                "response-header-made-optional | GET /items | response 200 header etag",
                "response-header-type-changed | GET /items | response 200 header x-total-count"), breaking(comparison));
    }

    @Test
    void anOptionalHeaderDroppedIsANoteAndOneNowAlwaysSentIsNothing() {
        assertEquals(List.of("removed-response-header | GET /items | response 200 header link"), notes(comparison));
    }
}
