package com.qeetmart.platform.concurrency;

/**
 * A client's copies of a resource, from an {@code If-None-Match} value (RFC 9110, section
 * 13.1.2): absent, {@code *} (any current representation) or a list of entity tags such as
 * {@code "3", W/"4"}. It uses the weak comparison: {@code W/"3"} and {@code "3"} both match
 * version 3. A malformed value matches nothing, so the client simply gets the full answer.
 */
public final class IfNoneMatch {

    private IfNoneMatch() {
    }

    /** Whether a client sending this {@code If-None-Match} holds the representation of this version, so a 304 answers it. */
    public static boolean holds(String header, long version) {
        return holds(header, IfMatch.etagOf(version));
    }

    /** The same for any entity tag, quotes included ({@code "p-3q2..."}). */
    public static boolean holds(String header, String etag) {
        return EntityTags.parse(header).holds(etag);
    }
}
