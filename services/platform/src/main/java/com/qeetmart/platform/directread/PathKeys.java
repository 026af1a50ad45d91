package com.qeetmart.platform.directread;

import java.util.UUID;

/** Keys in request paths, read strictly: anything unusual is left to Micronaut's routing. */
public final class PathKeys {

    private static final int UUID_LENGTH = 36;

    private PathKeys() {
    }

    /**
     * The UUID that {@code path} names right after {@code prefix} (such as {@code /products/}), in
     * its canonical 8-4-4-4-12 hexadecimal form and followed by nothing; null otherwise.
     */
    public static UUID uuidAfter(String prefix, String path) {
        if (path.length() != prefix.length() + UUID_LENGTH || !path.startsWith(prefix)) {
            return null;
        }
        int start = prefix.length();
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = path.charAt(start + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0 || c > 'f') {
                return null;
            }
        }
        return UUID.fromString(path.substring(start));
    }
}
