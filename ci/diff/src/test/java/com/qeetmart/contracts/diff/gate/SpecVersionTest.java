package com.qeetmart.contracts.diff.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SpecVersionTest {

    @Test
    void readsTheMajorOfCommonVersionShapes() {
        assertEquals(OptionalInt.of(1), SpecVersion.major("1.4.0"));
        assertEquals(OptionalInt.of(2), SpecVersion.major("v2"));
        assertEquals(OptionalInt.of(10), SpecVersion.major("10.0.0-rc.1"));
        assertEquals(OptionalInt.empty(), SpecVersion.major("latest"));
    }

    @Test
    void onlyAHigherMajorCounts() {
        assertTrue(SpecVersion.majorBumped("1.9.3", "2.0.0"));
        assertFalse(SpecVersion.majorBumped("1.0.0", "1.1.0"));
        assertFalse(SpecVersion.majorBumped("2.0.0", "1.0.0"));
        assertFalse(SpecVersion.majorBumped("1.0.0", "latest"));
    }
}
