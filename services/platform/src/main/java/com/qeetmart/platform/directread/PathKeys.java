package com.qeetmart.platform.directread;

import java.util.UUID;

/** Keys in request paths (and ids in request bodies), read strictly: anything unusual is left to Micronaut's routing. */
public final class PathKeys {

    private static final int UUID_LENGTH = 36;

    private PathKeys() {
    }

    /**
     * The UUID that {@code path} names right after {@code prefix} (such as {@code /products/}), in
     * its canonical 8-4-4-4-12 hexadecimal form and followed by nothing; null otherwise.
     */
    public static UUID uuidAfter(String prefix, String path) {
        return uuidBetween(prefix, path, "");
    }

    /** As {@link #uuidAfter}, followed by {@code suffix} (such as {@code /release}) and nothing else. */
    public static UUID uuidBetween(String prefix, String path, String suffix) {
        if (path.length() != prefix.length() + UUID_LENGTH + suffix.length() || !path.startsWith(prefix)
                || !path.endsWith(suffix)) {
            return null;
        }
        return canonicalUuid(path, prefix.length());
    }

    /** The UUID {@code text} is in its canonical form (a JSON string's, say), or null. */
    public static UUID uuid(String text) {
        return text.length() == UUID_LENGTH ? canonicalUuid(text, 0) : null;
    }

    private static UUID canonicalUuid(String text, int start) {
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = text.charAt(start + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0 || c > 'f') {
                return null;
            }
        }
        return UUID.fromString(text.substring(start, start + UUID_LENGTH));
    }
}
