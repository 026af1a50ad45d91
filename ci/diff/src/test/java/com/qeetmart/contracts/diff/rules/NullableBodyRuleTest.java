package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole body and null, in 3.1's own forms (a "null" branch of oneOf or anyOf): a response that
 * may now be null breaks, a request that no longer takes null breaks; a response that no longer
 * returns null does not.
 */
class NullableBodyRuleTest {

    @Test
    void aResponseBodyMadeNullableAndARequestBodyNoLongerTakingNullBreak() {
        assertEquals(List.of(
                "request-nullable-removed | PUT /items/{itemId} | request body application/json",
                "response-made-nullable | GET /items/{itemId} | response 200 application/json"),
                breaking(compare("nullable-bodies")));
    }
}
