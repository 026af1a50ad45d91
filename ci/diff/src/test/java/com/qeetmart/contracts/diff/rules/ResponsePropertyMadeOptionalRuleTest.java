package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsePropertyMadeOptionalRuleTest {

    @Test
    void aRequiredResponsePropertyMadeOptionalBreaksButMakingOneRequiredDoesNot() {
        // openapi-diff sees the same change; its verdict is explained by the rule, so it appears once.
        assertEquals(List.of(
                "response-property-made-optional | GET /items/{itemId} | response 200 application/json $.name"),
                breaking(compare("response-property-made-optional")));
    }
}
