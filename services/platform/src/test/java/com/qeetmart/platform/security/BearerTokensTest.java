package com.qeetmart.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One reading of the bearer scheme for every stage that checks tokens itself. */
class BearerTokensTest {

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc.def", "bearer abc.def", "BEARER abc.def", "Bearer   abc.def  "})
    void theSchemeIsCaseInsensitiveAndTheTokenTrimmed(String authorization) {
        assertEquals("abc.def", BearerTokens.tokenOf(authorization));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer", "Bearer ", "Bearer    ", "Basic dXNlcjpwYXNz", "Bearerabc", "Token abc"})
    void anythingElseCarriesNoToken(String authorization) {
        assertNull(BearerTokens.tokenOf(authorization));
    }

    @Test
    void noHeaderCarriesNoToken() {
        assertNull(BearerTokens.tokenOf(null));
    }
}
