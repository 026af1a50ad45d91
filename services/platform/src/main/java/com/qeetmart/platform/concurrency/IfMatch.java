package com.qeetmart.platform.concurrency;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A client's precondition on the version of a resource, from an {@code If-Match} value: absent
 * (no precondition), {@code *} (any current version) or a list of strong entity tags such as
 * {@code "3"}. Versions are formatted as entity tags by {@link #etagOf(long)}.
 */
public final class IfMatch {

    private static final IfMatch NONE = new IfMatch(true, Set.of());

    private final boolean any;
    private final Set<String> tags;

    private IfMatch(boolean any, Set<String> tags) {
        this.any = any;
        this.tags = tags;
    }

    public static IfMatch parse(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return NONE;
        }
        return new IfMatch(false, Arrays.stream(header.split(","))
                .map(String::trim)
                .filter(tag -> !tag.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean matches(long version) {
        // If-Match uses strong comparison: a weak tag (W/"3") never matches.
        return any || tags.contains(etagOf(version));
    }

    public static String etagOf(long version) {
        return "\"" + version + "\"";
    }
}
