package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.notes;
import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.contracts.diff.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;

class SecurityTightenedRuleTest {

    @Test
    void securityOnAPublicOperationAndANewRoleBreakWhileLooserSecurityDoesNot() {
        Comparison comparison = compare("security");

        assertEquals(List.of(
                "security-tightened | GET /items | security",
                "security-tightened | POST /items | security"), breaking(comparison));
        assertEquals(List.of("operation-made-public | DELETE /items/{itemId} | security"), notes(comparison));
    }

    @Test
    void anOperationMadePublicPassesAlthoughOpenApiDiffAloneCallsItBreaking() {
        // The false positive the gate exists to suppress: check openapi-diff still makes it, so
        // this test notices when an upgrade fixes it (and the override can go).
        assertTrue(OpenApiCompare.fromLocations(path("made-public", "base.yaml").toString(),
                path("made-public", "revision.yaml").toString()).isIncompatible());

        Comparison comparison = compare("made-public");

        assertFalse(comparison.breaking());
        assertEquals(List.of("operation-made-public | GET /items/{itemId} | security"), notes(comparison));
    }
}
