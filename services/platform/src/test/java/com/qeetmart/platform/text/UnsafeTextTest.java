package com.qeetmart.platform.text;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnsafeTextTest {

    @Test
    void nulAndUnpairedSurrogatesAreUnsafeAPairIsACharacter() {
        assertTrue(UnsafeText.isUnsafe("a\0b"));
        assertTrue(UnsafeText.isUnsafe("\uD800"));
        assertTrue(UnsafeText.isUnsafe("x\uDC00y"));
        assertTrue(UnsafeText.isUnsafe("\uDE80\uD83D")); // low before high: two halves, no pair
        assertFalse(UnsafeText.isUnsafe("Rocket \uD83D\uDE80"));
        assertFalse(UnsafeText.isUnsafe("plain, ünïcödé"));
        assertFalse(UnsafeText.isUnsafe(null));
    }

    @Test
    void jsonPathsNameTheFieldAsFieldErrorsDo() {
        assertEquals(Optional.of("lines[1].name"),
                JsonText.firstUnsafe("{\"lines\": [{\"name\": \"ok\"}, {\"name\": \"a\\u0000\"}]}"));
        assertEquals(Optional.of("attributes"), JsonText.firstUnsafe("{\"attributes\": {\"k\\ud800\": 1}}"));
        assertEquals(Optional.of("body"), JsonText.firstUnsafe("\"\\u0000\""));
        assertEquals(Optional.empty(), JsonText.firstUnsafe("{\"name\": \"fine\"}"));
        assertEquals(Optional.empty(), JsonText.firstUnsafe("{not json \\u0000"));
    }
}
