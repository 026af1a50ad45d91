package com.qeetmart.platform.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Where a line ends, read eight bytes at a time, is where a byte-by-byte reading says it ends. */
class HeaderLinesTest {

    // Every byte a line may hold, and those that end or refuse it, each at every place within a word.
    private static final byte[] SPECIAL = {'\r', '\n', '\t', 0, 0x1f, 0x7f, (byte) 0x80, (byte) 0xff, ' ', '~', 'a'};

    @Test
    void aLineEndsWhereAByteByByteReadingSaysWhateverItHoldsAndWherever() {
        Random random = new Random(7);
        for (int run = 0; run < 200_000; run++) {
            byte[] bytes = new byte[1 + random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(6) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : (byte) (0x21 + random.nextInt(0x5e));
            }
            int from = random.nextInt(bytes.length);
            assertEquals(byteByByte(bytes, from), HeaderLines.lineEnd(bytes, from), () -> new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void linesAreReadWithTheirNamesAndTrimmedValuesUpToTheBlankLine() {
        byte[] head = "GET / HTTP/1.1\r\nHost: a\r\nX-Long:  \tvalue with spaces and more than eight bytes \t\r\nX-Empty:\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        HeaderLines lines = HeaderLines.read(head, 16);
        assertEquals(3, lines.count());
        assertEquals("X-Long", lines.name(1).toString());
        assertEquals("value with spaces and more than eight bytes", lines.value(1));
        assertEquals("", lines.value(2));
        assertEquals(1, lines.find(io.netty.util.AsciiString.of("x-long"), 0));
        assertNull(HeaderLines.read("Host: a\r\nX-Bad: a\u0000b\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0));
    }

    private static int byteByByte(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            byte b = bytes[i];
            if (b == '\r') {
                return bytes[i + 1] == '\n' ? i + 2 : -1;
            }
            if ((b & 0xff) < 0x20 && b != '\t' || b == 0x7f) {
                return -1;
            }
        }
        return -1;
    }
}
