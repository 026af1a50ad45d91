package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsePropertyMadeNullableRuleTest {

    @Test
    void aRequiredPropertyOrArrayItemsMadeNullableBreakButAnOptionalPropertyDoesNot() {
        assertEquals(List.of(
                "response-property-made-nullable | GET /items/{itemId} | response 200 application/json $.name",
                "response-property-made-nullable | GET /items/{itemId} | response 200 application/json $.tags"),
                breaking(compare("response-property-made-nullable")));
    }
}
