package com.qeetmart.contracts.diff;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiDiffMergeTest {

    @Test
    void whatOnlyOpenApiDiffCatchesStillBreaks() {
        // A query parameter serialized another way: no house rule judges it, openapi-diff does.
        assertEquals(List.of("openapi-diff | GET /items | parameters"), breaking(compare("openapi-diff-only")));
    }

    @Test
    void anOpenApiDiffVerdictThatARuleExplainsIsNotRepeated() {
        // openapi-diff also reports the removed operations and the changed required list.
        assertEquals(List.of(), breaking(compare("removed-operation")).stream()
                .filter(finding -> finding.startsWith("openapi-diff")).toList());
        assertEquals(List.of(), breaking(compare("response-property-made-optional")).stream()
                .filter(finding -> finding.startsWith("openapi-diff")).toList());
    }
}
