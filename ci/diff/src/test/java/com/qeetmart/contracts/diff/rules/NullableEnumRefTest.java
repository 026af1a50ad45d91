package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An enum reference made nullable the 3.1 way (anyOf/oneOf of the reference and a "null" type) is
 * compared as the enum it wraps: a required value that may now be null breaks, a value added to
 * the enum inside breaks, and the optional one that only became nullable is no enum change.
 */
class NullableEnumRefTest {

    @Test
    void theWrappedEnumIsComparedThroughItsWrapper() {
        String at = " | GET /orders/{orderId} | response 200 application/json $.";
        assertEquals(List.of(
                "response-enum-value-added" + at + "status",
                "response-property-made-nullable" + at + "status"), breaking(compare("nullable-enum-ref")));
    }
}
