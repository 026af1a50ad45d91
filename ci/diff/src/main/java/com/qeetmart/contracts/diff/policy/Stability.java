package com.qeetmart.contracts.diff.policy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An operation's {@code x-stability-level}, as oasdiff reads it: what its clients were promised.
 * A stable operation (the default) keeps every promise; a beta or draft one may change without a
 * new major version, and may be deprecated at shorter notice.
 */
public enum Stability {
    DRAFT, BETA, STABLE;

    public static final String EXTENSION = "x-stability-level";

    /** The level an operation's extensions declare: stable when absent, empty when not one of ours. */
    public static Optional<Stability> declaredIn(Map<String, Object> extensions) {
        Object value = extensions == null ? null : extensions.get(EXTENSION);
        if (value == null) {
            return Optional.of(STABLE);
        }
        try {
            return Optional.of(valueOf(value.toString().trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** As {@link #declaredIn}, an unknown level read as stable: the strictest promise. */
    public static Stability of(Map<String, Object> extensions) {
        return declaredIn(extensions).orElse(STABLE);
    }

    public boolean mayBreak() {
        return this != STABLE;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
