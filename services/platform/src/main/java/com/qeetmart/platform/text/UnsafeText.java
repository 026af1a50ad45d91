package com.qeetmart.platform.text;

/**
 * Text no QeetMart service accepts anywhere: the NUL character (PostgreSQL cannot store it in
 * text, so it used to surface as a 500) and UTF-16 surrogates that are not part of a pair (no
 * character at all: PostgreSQL's jsonb and every UTF-8 encoder refuse them).
 */
public final class UnsafeText {

    public static final String MESSAGE = "must not contain NUL characters or unpaired surrogates";

    private UnsafeText() {
    }

    /** Whether the text holds a NUL or an unpaired surrogate (null is not text: fine). */
    public static boolean isUnsafe(CharSequence text) {
        if (text == null) {
            return false;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a pair: one character
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
