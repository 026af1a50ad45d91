package com.qeetmart.platform.headers;

/**
 * Header names and values read straight from a head's bytes (ISO-8859-1, as HTTP reads them),
 * without making a string of each ({@link HeaderLines}: a client's request head, a service's answer head).
 */
public final class HeaderBytes {

    /** {@link #connection}, a bit: the Connection header says close. */
    public static final int CLOSE = 1;
    /** {@link #connection}, a bit: it names another header (hop-by-hop for this connection). */
    public static final int NAMES_HEADERS = 2;

    private static final boolean[] TCHAR = tchars();

    private HeaderBytes() {
    }

    /** A character a header name may hold (RFC 9110 section 5.6.2). */
    public static boolean isTchar(byte b) {
        return TCHAR[b & 0xff];
    }

    /** Whether the bytes from {@code from} are {@code lowerName} (lower case), whatever their case. */
    public static boolean equalsLowerCase(byte[] bytes, int from, byte[] lowerName) {
        for (int i = 0; i < lowerName.length; i++) {
            int b = bytes[from + i];
            if ((b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b) != lowerName[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean isSpace(byte b) {
        return b == ' ' || b == '\t';
    }

    /** Whether bytes {@code [from, to)} are {@code name}, whatever the case of either (names are ASCII). */
    public static boolean nameIs(byte[] bytes, int from, int to, CharSequence name) {
        if (to - from != name.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char expected = name.charAt(i - from);
            if (lower(bytes[i] & 0xff) != lower(expected)) {
                return false;
            }
        }
        return true;
    }

    /** Whether bytes {@code [from, to)} start with {@code text}, exactly. */
    public static boolean startsWith(byte[] bytes, int from, int to, String text) {
        if (to - from < text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (bytes[from + i] != (byte) text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The number bytes {@code [from, to)} spell in decimal, or -1: empty, not digits, or too long. */
    public static long digits(byte[] bytes, int from, int to) {
        if (from == to || to - from > 18) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b < '0' || b > '9') {
                return -1;
            }
            value = value * 10 + (b - '0');
        }
        return value;
    }

    /** What a Connection header's value {@code [from, to)} says: {@link #CLOSE}, {@link #NAMES_HEADERS}, both or neither. */
    public static int connection(byte[] bytes, int from, int to) {
        int said = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || bytes[i] == ',') {
                int a = trimStart(bytes, start, i);
                int b = trimEnd(bytes, a, i);
                if (nameIs(bytes, a, b, "close")) {
                    said |= CLOSE;
                } else if (a < b && !nameIs(bytes, a, b, "keep-alive")) {
                    said |= NAMES_HEADERS;
                }
                start = i + 1;
            }
        }
        return said;
    }

    /** Whether the name {@code [nameFrom, nameTo)} is one of the comma-separated names in {@code [from, to)}, whatever the case. */
    public static boolean listed(byte[] bytes, int from, int to, int nameFrom, int nameTo) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || bytes[i] == ',') {
                int a = trimStart(bytes, start, i);
                int b = trimEnd(bytes, a, i);
                if (b - a == nameTo - nameFrom && regionEqualsIgnoreCase(bytes, a, nameFrom, b - a)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean regionEqualsIgnoreCase(byte[] bytes, int a, int b, int length) {
        for (int i = 0; i < length; i++) {
            if (lower(bytes[a + i] & 0xff) != lower(bytes[b + i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static int trimStart(byte[] bytes, int from, int to) {
        while (from < to && isSpace(bytes[from])) {
            from++;
        }
        return from;
    }

    private static int trimEnd(byte[] bytes, int from, int to) {
        while (to > from && isSpace(bytes[to - 1])) {
            to--;
        }
        return to;
    }

    private static boolean[] tchars() {
        boolean[] tchar = new boolean[256];
        for (int c = 0; c < 128; c++) {
            tchar[c] = Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
        }
        return tchar;
    }

    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
}
