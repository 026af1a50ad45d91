package com.qeetmart.contracts.diff;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** OpenAPI 3.1 judged as 3.0 is: the same meaning written the 3.1 way is no change. */
class OpenApi31Test {

    @Test
    void aSpecMigratedFrom30To31WithTheSameMeaningShowsNoChange() {
        Comparison comparison = ContractComparator.standard().compare(path("migrated-to-3-1", "base/items.yaml"),
                path("migrated-to-3-1", "revision/items.yaml"));
        assertEquals(List.of(), comparison.findings(), comparison.openApiDiffMarkdown());
    }

    @Test
    void nullAndBoundsAreJudgedByDirection() {
        assertEquals(List.of(
                "request-bound-tightened | POST /items | request body application/json $.price",
                "request-nullable-removed | POST /items | request body application/json $.note",
                "response-property-made-nullable | POST /items | response 201 application/json $.note"),
                breaking(Fixtures.compare("nullable-3-1")).stream().filter(f -> !f.startsWith("openapi-diff")).toList());
    }
}
