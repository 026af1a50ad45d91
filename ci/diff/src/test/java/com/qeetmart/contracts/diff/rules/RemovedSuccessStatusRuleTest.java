package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qeetmart.contracts.diff.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovedSuccessStatusRuleTest {

    @Test
    void replacingTheSuccessStatusBreaksButDroppingAnErrorStatusDoesNot() {
        Comparison comparison = compare("removed-success-status");

        assertEquals(List.of("removed-success-status | POST /items | response 200"), breaking(comparison));
        assertEquals("Success response 200 was removed (success is now 201).",
                finding(comparison, RemovedSuccessStatusRule.ID, "response 200").change());
    }
}
