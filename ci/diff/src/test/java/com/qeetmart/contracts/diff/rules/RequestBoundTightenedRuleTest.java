package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qeetmart.contracts.diff.Comparison;
import com.qeetmart.contracts.diff.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestBoundTightenedRuleTest {

    private final Comparison comparison = compare("request-bound-tightened");

    @Test
    void stricterLimitsOnRequestValuesBreakButRelaxedOnesAndResponsesDoNot() {
        assertEquals(List.of(
                "request-bound-tightened | GET /items | query parameter size",
                "request-bound-tightened | GET /items | query parameter size",
                "request-bound-tightened | POST /items | request body application/json $.codes[]",
                "request-bound-tightened | POST /items | request body application/json $.name",
                "request-bound-tightened | POST /items | request body application/json $.tags"), breaking(comparison));
    }

    @Test
    void eachFindingSaysWhichLimitMovedAndHow() {
        assertEquals(List.of(
                "maxItems 5 added (there was no limit).",
                "maxLength lowered from 20 to 10.",
                "maximum lowered from 100 to 50.",
                "minLength raised from 1 to 3.",
                "minimum raised from 1 to 5."),
                comparison.breakingFindings().stream().map(Finding::change).sorted().toList());
    }
}
