package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qeetmart.contracts.diff.ContractComparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Null and parameter defaults where the change is in a referenced file only: a shared parameter's
 * default, a required response property whose shared schema now takes null, a whole response body
 * made nullable through a shared schema, a request property no longer taking null.
 */
class NullAndParametersAcrossFilesTest {

    @Test
    void changesInASharedFileAreJudgedWhereTheOperationsUseThem() {
        assertEquals(List.of(
                "parameter-default-changed | GET /profiles | query parameter size",
                "request-nullable-removed | POST /profiles | request body application/json $.note",
                "response-made-nullable | GET /profiles | response 200 application/json",
                "response-property-made-nullable | GET /profiles | response 200 application/json $.nickname"),
                breaking(ContractComparator.standard().compare(path("null-and-parameters-files", "base/api.yaml"),
                        path("null-and-parameters-files", "revision/api.yaml"))));
    }
}
