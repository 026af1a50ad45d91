package com.qeetmart.platform.concurrency;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IfMatchTest {

    @Test
    void absentOrStarMatchesAnyVersion() {
        assertTrue(IfMatch.parse(null).matches(7));
        assertTrue(IfMatch.parse(" * ").matches(7));
    }

    @Test
    void matchesOnlyTheQuotedCurrentVersion() {
        assertTrue(IfMatch.parse("\"7\"").matches(7));
        assertTrue(IfMatch.parse("\"6\", \"7\"").matches(7));
        assertFalse(IfMatch.parse("\"6\"").matches(7));
        assertFalse(IfMatch.parse("7").matches(7));
    }

    @Test
    void weakTagsNeverMatchBecauseIfMatchComparesStrongly() {
        assertFalse(IfMatch.parse("W/\"7\"").matches(7));
    }
}
