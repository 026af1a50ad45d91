package com.qeetmart.contracts.diff;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Specs that differ in how they write HTTP but not in what goes over the wire compare equal; the
 * same specs changed where a client does see it break.
 */
class WireFormTest {

    @Test
    void headerCaseMediaTypeParametersSchemeKeysAndTheServerPathSplitAreNoChange() {
        Comparison comparison = compare("wire-equivalent");
        assertEquals(List.of(), comparison.findings(), comparison.openApiDiffMarkdown());
    }

    @Test
    void aResponseHeaderOfAnotherTypeBreaksItsReaders() {
        Comparison comparison = compare("wire-header-type-changed");
        assertTrue(comparison.breaking(), comparison.openApiDiffMarkdown());
        assertTrue(breaking(comparison).stream().allMatch(f -> f.contains("GET /v1/items")), breaking(comparison).toString());
    }

    @Test
    void anApiKeyMovedFromAHeaderToTheQueryBreaksCallers() {
        Comparison comparison = compare("wire-apikey-moved");
        assertTrue(breaking(comparison).stream().anyMatch(f -> f.startsWith("security-tightened | POST /v1/items")),
                breaking(comparison).toString());
        assertFalse(breaking(comparison).stream().anyMatch(f -> f.contains("GET")), breaking(comparison).toString());
    }

    @Test
    void anApiKeyHeaderRenamedBreaksCallersThoughTheSchemeKeepsItsKey() {
        assertEquals(List.of("security-tightened | POST /v1/items | security"),
                breaking(compare("wire-apikey-renamed")).stream().filter(f -> !f.startsWith("openapi-diff")).toList());
    }

    @Test
    void aNewBasePathMovesEveryUrl() {
        Comparison comparison = compare("wire-base-path-moved");
        assertEquals(List.of("removed-operation | GET /v1/items | operation", "removed-operation | POST /v1/items | operation"),
                breaking(comparison));
    }

    @Test
    void discriminatorMappingsByNameOrByReferenceMeanTheSameAndACrashIsNeverCompatible() {
        // Dropping Cat.indoor is the one change, and it breaks readers; the mapping written by
        // name on one side only is none.
        assertEquals(List.of("removed-response-property | GET /pets | response 200 application/json $[](oneOf Cat).indoor"),
                breaking(compare("discriminator-by-name")).stream().filter(f -> !f.startsWith("openapi-diff")).toList());
    }
}
