package com.qeetmart.platform.concurrency;

/**
 * A client's precondition on the version of a resource, from an {@code If-Match} value: absent
 * (no precondition), {@code *} (any current version) or a list of strong entity tags such as
 * {@code "3"}; a malformed value matches no version. Versions are formatted as entity tags by
 * {@link #etagOf(long)}.
 */
public final class IfMatch {

    private final EntityTags value;

    private IfMatch(EntityTags value) {
        this.value = value;
    }

    public static IfMatch parse(String header) {
        return new IfMatch(EntityTags.parse(header));
    }

    public boolean matches(long version) {
        return value.admitsWriteOver(etagOf(version));
    }

    public static String etagOf(long version) {
        return "\"" + version + "\"";
    }
}
