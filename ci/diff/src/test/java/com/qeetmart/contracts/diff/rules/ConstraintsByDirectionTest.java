package com.qeetmart.contracts.diff.rules;

import static com.qeetmart.contracts.diff.Fixtures.breaking;
import static com.qeetmart.contracts.diff.Fixtures.compare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * pattern, multipleOf and uniqueItems judged by the values they admit and who reads them, and a
 * documented error response removed: each compatible edit in the fixture passes, each breaking
 * one is found, and nothing else is.
 */
class ConstraintsByDirectionTest {

    @Test
    void onlyTheEditsThatRefuseSendersOrSurpriseReadersBreak() {
        assertEquals(List.of(
                "multiple-of-changed | POST /items | request body application/json $.quantity",
                "pattern-changed | POST /items | request body application/json $.ref",
                "pattern-changed | POST /items | response 201 application/json $.label",
                "unique-items-changed | POST /items | request body application/json $.tags",
                "unique-items-changed | POST /items | response 201 application/json $.owners"),
                breaking(compare("constraints-by-direction")));
    }

    @Test
    void patternsAreComparedByTheStringsTheyAccept() {
        assertTrue(PatternLanguage.includes(PatternLanguage.of("^[a-z]{2,4}$").orElseThrow(),
                PatternLanguage.of("^[a-z]{3}$").orElseThrow()));
        assertTrue(PatternLanguage.includes(PatternLanguage.of("[0-9]").orElseThrow(),
                PatternLanguage.of("^\\d{4}$").orElseThrow()), "an unanchored pattern matches anywhere");
        assertFalse(PatternLanguage.includes(PatternLanguage.of("^\\d{4}$").orElseThrow(),
                PatternLanguage.of("[0-9]").orElseThrow()));
        assertTrue(PatternLanguage.of("^(?=a)b$").isEmpty(), "a lookahead cannot be compared, so it is not");
        assertTrue(PatternLanguage.of("^a@b\\.c$").isPresent(), "brics operators are plain characters in ECMA");
    }
}
