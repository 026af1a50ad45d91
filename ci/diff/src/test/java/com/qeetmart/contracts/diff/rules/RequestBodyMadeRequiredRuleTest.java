package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.contracts.diff.Comparison;
import com.qeetmart.contracts.diff.ContractComparator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;

class RequestBodyMadeRequiredRuleTest {

    @Test
    void aBodyMadeRequiredOrNewlyRequiredBreaksButABodyMadeOptionalDoesNot() {
        Comparison comparison = compare("request-body-required");

        // createItem's body became optional: it accepts more, though openapi-diff alone flags it.
        assertEquals(List.of(
                "request-body-made-required | POST /items/{id}/archive | request body",
                "request-body-made-required | POST /items/{id}/notes | request body"), breaking(comparison));
        assertTrue(OpenApiCompare.fromLocations(path("request-body-required", "base.yaml").toString(),
                path("request-body-required", "revision.yaml").toString()).getChangedOperations().stream()
                .anyMatch(op -> op.getPathUrl().equals("/items") && op.resultRequestBody().isIncompatible()),
                "openapi-diff alone calls the body made optional incompatible");
    }

    @Test
    void aBodyRemovedIsStillOpenApiDiffsToJudge(@TempDir Path dir) throws IOException {
        Path base = path("request-body-required", "base.yaml");
        String spec = Files.readString(base);
        String body = spec.substring(spec.indexOf("      requestBody:"), spec.indexOf("      responses:"));
        Path revision = Files.writeString(dir.resolve("revision.yaml"), spec.replaceFirst(Pattern.quote(body), ""));

        assertTrue(breaking(ContractComparator.standard().compare(base, revision))
                .contains("openapi-diff | POST /items | request body"));
    }
}
