package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.notes;
import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.contracts.diff.Comparison;
import com.qeetmart.contracts.diff.ContractComparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Responses that may hold more than they promised (limits loosened, a type turned into several) and
 * requests that accept less (a type removed), judged by direction; the other direction is safe.
 */
class WidenedResponsesTest {

    @Test
    void responseLimitsLoosenedOrDroppedBreakAndRequestLimitsLoosenedOrResponseOnesTightenedDoNot() {
        Comparison comparison = compare("response-bound-widened");
        String at = "response-bound-widened | POST /items | response 200 application/json $.";
        // openapi-diff's own verdict on these responses is explained by the rule: not repeated.
        assertEquals(List.of(at + "label", at + "ratio", at + "size", at + "size"), breaking(comparison));
        assertTrue(comparison.findings().stream().anyMatch(f -> f.change().equals("maximum 10 removed (there is no limit now).")));
        assertTrue(comparison.findings().stream().anyMatch(f -> f.change().equals("minimum lowered from 1 to 0.")));
        assertTrue(comparison.findings().stream().anyMatch(f -> f.change().equals("maximum 1 is no longer exclusive.")));
        assertTrue(comparison.findings().stream().anyMatch(f -> f.change().equals("maxLength raised from 20 to 40.")));
    }

    @Test
    void severalTypesAcrossFilesAreJudgedByDirection() {
        Comparison comparison = ContractComparator.standard().compare(path("widened-types", "base/api.yaml"),
                path("widened-types", "revision/api.yaml"));
        assertEquals(List.of(
                "response-bound-widened | GET /items | response 200 application/json $.share",
                "type-changed | GET /items | query parameter code",
                "type-changed | GET /items | response 200 application/json $.amount"), breaking(comparison));
        assertTrue(notes(comparison).containsAll(List.of(
                "type-changed-compatibly | GET /items | query parameter amount",
                "type-changed-compatibly | GET /items | response 200 application/json $.code")), notes(comparison).toString());
    }
}
