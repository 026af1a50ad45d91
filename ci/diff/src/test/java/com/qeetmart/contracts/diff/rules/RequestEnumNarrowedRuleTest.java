package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.contracts.diff.ContractComparator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.openapidiff.core.OpenApiCompare;

class RequestEnumNarrowedRuleTest {

    @Test
    void aRemovedValueOrANewEnumBreaksButDroppingTheEnumDoesNot() {
        assertEquals(List.of(
                "request-enum-narrowed | GET /items | query parameter colour",
                "request-enum-narrowed | GET /items | query parameter sort"), breaking(compare("request-enum-narrowed")));
    }

    @Test
    void droppingARequestEnumPassesAlthoughOpenApiDiffAloneCallsItBreaking(@TempDir Path dir) throws IOException {
        Path base = path("request-enum-narrowed", "base.yaml");
        String spec = Files.readString(base);
        String statusLine = "schema: {type: string, enum: [DRAFT, ACTIVE]}";
        assertTrue(spec.contains(statusLine));
        Path revision = Files.writeString(dir.resolve("revision.yaml"), spec.replace(statusLine, "schema: {type: string}"));

        assertTrue(OpenApiCompare.fromLocations(base.toString(), revision.toString()).isIncompatible());
        assertFalse(ContractComparator.standard().compare(base, revision).breaking());
    }
}
