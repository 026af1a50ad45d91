package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemovedMediaTypeRuleTest {

    @Test
    void aMediaTypeRemovedFromAResponseOrARequestBodyBreaks() {
        assertEquals(List.of(
                "removed-media-type | GET /items | response 200 text/csv",
                "removed-media-type | POST /items | request body text/csv"), breaking(compare("removed-media-type")));
    }
}
