package com.qeetmart.platform.compression;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client is never answered in an encoding it cannot decode. */
class AcceptEncodingsTest {

    @Test
    void anythingMeansGzipAndSnappyIsNeverOffered() {
        assertEquals("gzip", AcceptEncodings.sanitized("*"));
        assertEquals("br, gzip;q=0.5", AcceptEncodings.sanitized("br, *;q=0.5"));
        assertEquals("gzip, deflate", AcceptEncodings.sanitized("snappy, gzip, deflate"));
        assertEquals("identity", AcceptEncodings.sanitized("SNAPPY"), "nothing left: no encoding at all");
    }

    @Test
    void whatBrowsersSendIsLeftAlone() {
        assertFalse(AcceptEncodings.needsSanitizing("gzip, deflate, br, zstd"));
        assertTrue(AcceptEncodings.needsSanitizing("*"));
        assertTrue(AcceptEncodings.needsSanitizing("Snappy"));
    }
}
