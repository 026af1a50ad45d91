package com.qeetmart.platform.concurrency;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * If-Match and If-None-Match read the same header values against version 7: If-Match compares
 * strongly and is no precondition when absent; If-None-Match compares weakly and matches nothing
 * when absent or malformed (the client then simply gets the full answer).
 */
class PreconditionsTest {

    @ParameterizedTest(name = "[{0}] If-Match {1}, If-None-Match {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL               | true  | false
            '  '               | true  | false
            ' * '              | true  | true
            '"7"'              | true  | true
            '"5", "6","7"'     | true  | true
            '"5", "6"'         | false | false
            '"17"'             | false | false
            'W/"7"'            | false | true
            '"1", W/"7"'       | false | true
            'W/"6"'            | false | false
            '7'                | false | false
            '"7'               | false | false
            '"7", 8'           | false | false
            'w/"7"'            | false | false
            '*, "7"'           | false | false
            """)
    void bothHeadersAgainstVersionSeven(String header, boolean ifMatch, boolean ifNoneMatch) {
        assertEquals(ifMatch, IfMatch.parse(header).matches(7), "If-Match: " + header);
        assertEquals(ifNoneMatch, IfNoneMatch.holds(header, 7), "If-None-Match: " + header);
    }
}
