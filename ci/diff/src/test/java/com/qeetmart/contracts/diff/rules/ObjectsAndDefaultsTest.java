package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static com.qeetmart.contracts.diff.Fixtures.notes;
import static com.qeetmart.contracts.diff.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qeetmart.contracts.diff.Comparison;
import com.qeetmart.contracts.diff.ContractComparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * additionalProperties and request property defaults, by direction: a request held to fewer extra
 * properties, or an optional property's default changed, breaks; a response allowed more extra
 * properties is a note; a required property's default and a response's default mean nothing.
 */
class ObjectsAndDefaultsTest {

    @Test
    void inOneFile() {
        Comparison comparison = compare("objects-and-defaults");
        String at = " | PUT /settings | request body application/json";
        assertEquals(List.of(
                "request-additional-properties-restricted" + at,
                "request-additional-properties-restricted" + at + " $.labels",
                "request-property-default-changed" + at + " $.mode",
                "request-property-default-changed" + at + " $.note"), breaking(comparison));
        assertTrue(notes(comparison).contains(
                "response-additional-properties-allowed | PUT /settings | response 200 application/json"), notes(comparison).toString());
    }

    @Test
    void acrossFilesIn31() {
        // additionalProperties: {} is any, as true or absent is: only {type: string} restricts.
        Comparison comparison = ContractComparator.standard().compare(path("objects-and-defaults-files", "base/api.yaml"),
                path("objects-and-defaults-files", "revision/api.yaml"));
        assertEquals(List.of(
                "request-additional-properties-restricted | PUT /settings | request body application/json",
                "request-property-default-changed | PUT /settings | request body application/json $.retries"),
                breaking(comparison));
    }
}
