package com.qeetmart.contracts.diff.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueTypeTest {

    private static ValueType type(String type, String format) {
        return new ValueType(type, format);
    }

    @Test
    void widerIntegerFormatsAdmitNarrowerOnes() {
        assertTrue(type("integer", "int64").admits(type("integer", "int32")));
        assertTrue(type("integer", null).admits(type("integer", "int64")));
        assertFalse(type("integer", "int32").admits(type("integer", "int64")));
    }

    @Test
    void aPlainNumberAdmitsIntegersButADoubleOnlyInt32() {
        assertTrue(type("number", null).admits(type("integer", "int64")));
        assertTrue(type("number", "double").admits(type("integer", "int32")));
        assertFalse(type("number", "double").admits(type("integer", "int64")));
        assertFalse(type("integer", null).admits(type("number", null)));
    }

    @Test
    void anyStringAdmitsAFormattedOneButFormatsDoNotAdmitEachOther() {
        assertTrue(type("string", null).admits(type("string", "uuid")));
        assertFalse(type("string", "uuid").admits(type("string", null)));
        assertFalse(type("string", "date").admits(type("string", "date-time")));
        assertFalse(type("string", null).admits(type("integer", null)));
    }

    @Test
    void anUnknownFormatOnlyAdmitsItself() {
        assertTrue(type("integer", "uint8").admits(type("integer", "uint8")));
        assertFalse(type("integer", null).admits(type("integer", "uint8")));
    }
}
