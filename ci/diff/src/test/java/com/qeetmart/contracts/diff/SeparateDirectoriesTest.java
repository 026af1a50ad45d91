package com.qeetmart.contracts.diff;

import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeparateDirectoriesTest {

    @Test
    void eachSpecResolvesItsOwnCommonComponents() {
        // The two items.yaml files are identical; only the revision's common/components.yaml lost
        // Problem.detail. Seeing the change proves each side read its own shared file.
        Comparison comparison = ContractComparator.standard().compare(
                path("separate-directories", "base/items.yaml"), path("separate-directories", "revision/items.yaml"));

        assertEquals(List.of(
                "removed-response-property | GET /items/{itemId} | response 404 application/problem+json $.detail"),
                Fixtures.breaking(comparison));
    }
}
