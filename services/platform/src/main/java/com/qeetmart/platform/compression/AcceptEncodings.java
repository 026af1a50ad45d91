package com.qeetmart.platform.compression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a client's {@code Accept-Encoding} may make a response encoded with. Netty, and so
 * Micronaut's compressor, also speaks snappy, which no browser and few HTTP libraries decode,
 * and answers {@code *} ("anything") with it. Here snappy is dropped from the list and {@code *}
 * stands for gzip, which every client that sends {@code *} can read; the rest is kept as sent.
 */
final class AcceptEncodings {

    private AcceptEncodings() {
    }

    /** Whether the header needs {@link #sanitized}: the one check made on every request. */
    static boolean needsSanitizing(String header) {
        return header.indexOf('*') >= 0 || header.toLowerCase(Locale.ROOT).contains("snappy");
    }

    static String sanitized(String header) {
        List<String> kept = new ArrayList<>();
        for (String coding : header.split(",")) {
            int semicolon = coding.indexOf(';');
            String name = (semicolon < 0 ? coding : coding.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
            String parameters = semicolon < 0 ? "" : coding.substring(semicolon).trim();
            if (name.isEmpty() || name.equals("snappy")) {
                continue;
            }
            kept.add((name.equals("*") ? "gzip" : name) + parameters);
        }
        return kept.isEmpty() ? "identity" : String.join(", ", kept);
    }
}
