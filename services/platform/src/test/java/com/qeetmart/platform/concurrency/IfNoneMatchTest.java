package com.qeetmart.platform.concurrency;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IfNoneMatchTest {

    @Test
    void absentMatchesNothingSoTheFullAnswerIsSent() {
        assertFalse(IfNoneMatch.parse(null).matches(7));
        assertFalse(IfNoneMatch.parse("  ").matches(7));
    }

    @Test
    void starMatchesAnyCurrentVersion() {
        assertTrue(IfNoneMatch.parse("*").matches(7));
        assertTrue(IfNoneMatch.parse(" * ").matches(1));
    }

    @Test
    void matchesTheQuotedCurrentVersionInAList() {
        assertTrue(IfNoneMatch.parse("\"7\"").matches(7));
        assertTrue(IfNoneMatch.parse("\"5\", \"6\",\"7\"").matches(7));
        assertFalse(IfNoneMatch.parse("\"5\", \"6\"").matches(7));
        assertFalse(IfNoneMatch.parse("\"17\"").matches(7));
    }

    @Test
    void weakTagsMatchBecauseIfNoneMatchComparesWeakly() {
        assertTrue(IfNoneMatch.parse("W/\"7\"").matches(7));
        assertTrue(IfNoneMatch.parse("\"1\", W/\"7\"").matches(7));
        assertFalse(IfNoneMatch.parse("W/\"6\"").matches(7));
    }

    @Test
    void malformedValuesMatchNothing() {
        assertFalse(IfNoneMatch.parse("7").matches(7));
        assertFalse(IfNoneMatch.parse("\"7").matches(7));
        assertFalse(IfNoneMatch.parse("\"7\", 8").matches(7));
        assertFalse(IfNoneMatch.parse("w/\"7\"").matches(7));
        assertFalse(IfNoneMatch.parse("*, \"7\"").matches(7));
    }
}
