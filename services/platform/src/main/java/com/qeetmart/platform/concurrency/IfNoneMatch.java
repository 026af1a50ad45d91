package com.qeetmart.platform.concurrency;

import java.util.ArrayList;
import java.util.List;

/**
 * A client's copies of a resource, from an {@code If-None-Match} value (RFC 9110, section
 * 13.1.2): absent, {@code *} (any current representation) or a list of entity tags such as
 * {@code "3", W/"4"}. It uses the weak comparison: {@code W/"3"} and {@code "3"} both match
 * version 3. A malformed value matches nothing, so the client simply gets the full answer.
 */
public final class IfNoneMatch {

    private static final IfNoneMatch ABSENT = new IfNoneMatch(false, List.of());
    private static final IfNoneMatch ANY = new IfNoneMatch(true, List.of());

    private final boolean any;
    /** The opaque tags without {@code W/}, quotes included ({@code "3"}). */
    private final List<String> opaqueTags;

    private IfNoneMatch(boolean any, List<String> opaqueTags) {
        this.any = any;
        this.opaqueTags = opaqueTags;
    }

    public static IfNoneMatch parse(String header) {
        if (header == null || header.isBlank()) {
            return ABSENT;
        }
        if (header.trim().equals("*")) {
            return ANY;
        }
        List<String> tags = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            if (header.startsWith("W/", i)) {
                i += 2;
            }
            if (i >= n || header.charAt(i) != '"') {
                return ABSENT;
            }
            int end = header.indexOf('"', i + 1);
            if (end < 0) {
                return ABSENT;
            }
            tags.add(header.substring(i, end + 1));
            i = end + 1;
        }
        return tags.isEmpty() ? ABSENT : new IfNoneMatch(false, List.copyOf(tags));
    }

    /** Whether the client holds the representation of this version, so a 304 answers it. */
    public boolean matches(long version) {
        return any || opaqueTags.contains(IfMatch.etagOf(version));
    }
}
