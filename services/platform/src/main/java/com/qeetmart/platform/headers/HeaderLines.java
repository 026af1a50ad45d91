package com.qeetmart.platform.headers;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.util.AsciiString;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A head's header lines as they came, with where each line's name and value lie: what a stage
 * that passes a head on needs, without a header map built of it only to be written out again.
 * Only plain lines are read ({@link #read}): a name of token characters right before its colon,
 * a value of visible characters, spaces and tabs (and obs-text), each line ended by CRLF. Anything
 * else (a folded line, a space before the colon, a control character, a bare CR or LF) is left to
 * Netty's decoders, which know what to refuse and what to read.
 */
public final class HeaderLines {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    // Ints per line in lines: start, colon, value start, value end, next line's start.
    private static final int SLOTS = 5;

    private final byte[] bytes;
    private final int[] lines;
    private final int count;

    private HeaderLines(byte[] bytes, int[] lines, int count) {
        this.bytes = bytes;
        this.lines = lines;
        this.count = count;
    }

    /**
     * The header lines of {@code bytes} from {@code from} to the blank line that ends the array,
     * or null when one of them is not plain (or the blank line is not where the array ends).
     */
    public static HeaderLines read(byte[] bytes, int from) {
        int n = bytes.length;
        int[] lines = new int[16 * SLOTS];
        int count = 0;
        int pos = from;
        while (pos < n && bytes[pos] != '\r') {
            int colon = pos;
            while (colon < n && HeaderBytes.isTchar(bytes[colon])) {
                colon++;
            }
            if (colon == pos || colon == n || bytes[colon] != ':') {
                return null; // a folded line, a space before the colon, or no name
            }
            int next = lineEnd(bytes, colon + 1);
            if (next < 0) {
                return null;
            }
            int valueStart = colon + 1;
            int valueEnd = next - 2;
            while (valueStart < valueEnd && HeaderBytes.isSpace(bytes[valueStart])) {
                valueStart++;
            }
            while (valueEnd > valueStart && HeaderBytes.isSpace(bytes[valueEnd - 1])) {
                valueEnd--;
            }
            if (count * SLOTS == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            int slot = count++ * SLOTS;
            lines[slot] = pos;
            lines[slot + 1] = colon;
            lines[slot + 2] = valueStart;
            lines[slot + 3] = valueEnd;
            lines[slot + 4] = next;
            pos = next;
        }
        return pos == n - 2 && bytes[n - 1] == '\n' ? new HeaderLines(bytes, lines, count) : null;
    }

    /**
     * The index after the CRLF ending the line that {@code from} is in, or -1 when a byte before it
     * is a control character other than a tab, or the line ends in a bare CR or LF.
     */
    public static int lineEnd(byte[] bytes, int from) {
        int last = bytes.length - 1; // a CR must have its LF after it
        int i = from;
        while (true) {
            // Eight bytes at a time while none is a control character (a token's value, most of a head):
            // byte by byte, the scan was the head reader's largest cost.
            while (i + Long.BYTES <= last && visible((long) WORDS.get(bytes, i))) {
                i += Long.BYTES;
            }
            for (int stop = Math.min(i + Long.BYTES, last); i < stop; i++) {
                byte b = bytes[i];
                if (b == '\r') {
                    return bytes[i + 1] == '\n' ? i + 2 : -1;
                }
                if ((b & 0xff) < 0x20 && b != '\t' || b == 0x7f) {
                    return -1;
                }
            }
            if (i >= last) {
                return -1;
            }
        }
    }

    // Whether none of the eight bytes is below 0x20 or 0x7f (DEL); obs-text (0x80 and up) is visible.
    private static boolean visible(long word) {
        long below = (word - 0x2020202020202020L) & ~word & 0x8080808080808080L;
        long del = word ^ 0x7f7f7f7f7f7f7f7fL;
        long isDel = (del - 0x0101010101010101L) & ~del & 0x8080808080808080L;
        return (below | isDel) == 0;
    }

    /** The head as read (the lines lie within it). */
    public byte[] bytes() {
        return bytes;
    }

    public int count() {
        return count;
    }

    public int lineStart(int line) {
        return lines[line * SLOTS];
    }

    public int nameEnd(int line) {
        return lines[line * SLOTS + 1];
    }

    /** Where the value starts, spaces before it left out. */
    public int valueStart(int line) {
        return lines[line * SLOTS + 2];
    }

    /** Where the value ends, spaces after it left out. */
    public int valueEnd(int line) {
        return lines[line * SLOTS + 3];
    }

    /** Where the line after it starts (its CRLF included). */
    public int lineEnd(int line) {
        return lines[line * SLOTS + 4];
    }

    /** Whether the line's name is {@code name}, whatever the case. */
    public boolean nameIs(int line, AsciiString name) {
        int start = lineStart(line);
        return HeaderBytes.nameIs(bytes, start, nameEnd(line), name);
    }

    /** The first line named {@code name} from line {@code from} on, or -1. */
    public int find(AsciiString name, int from) {
        for (int line = from; line < count; line++) {
            if (nameIs(line, name)) {
                return line;
            }
        }
        return -1;
    }

    /** Whether a Connection line names another header than close and keep-alive (RFC 9110 section 7.6.1). */
    public boolean connectionNamesHeaders() {
        for (int line = find(HttpHeaderNames.CONNECTION, 0); line >= 0; line = find(HttpHeaderNames.CONNECTION, line + 1)) {
            if ((HeaderBytes.connection(bytes, valueStart(line), valueEnd(line)) & HeaderBytes.NAMES_HEADERS) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Connection line names the header whose name is bytes {@code [nameStart, nameEnd)}: it is that connection's. */
    public boolean namedByConnection(int nameStart, int nameEnd) {
        for (int line = find(HttpHeaderNames.CONNECTION, 0); line >= 0; line = find(HttpHeaderNames.CONNECTION, line + 1)) {
            if (HeaderBytes.listed(bytes, valueStart(line), valueEnd(line), nameStart, nameEnd)) {
                return true;
            }
        }
        return false;
    }

    /** The line's name, as a decoder would have read it. */
    public AsciiString name(int line) {
        return new AsciiString(bytes, lineStart(line), nameEnd(line) - lineStart(line), true);
    }

    /** The line's value, each byte the character it was read as (ISO-8859-1). */
    public String value(int line) {
        return new String(bytes, valueStart(line), valueEnd(line) - valueStart(line), StandardCharsets.ISO_8859_1);
    }
}
