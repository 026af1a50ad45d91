package com.qeetmart.contracts.diff.policy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * {@code x-sunset}: the day after which a deprecated operation or property may be removed, as
 * {@code YYYY-MM-DD}. The YAML parser may hand it over as a date or as text; either is read.
 */
public final class Sunset {

    public static final String EXTENSION = "x-sunset";

    private Sunset() {
    }

    /** Empty when there is none or it is not a date. */
    public static Optional<LocalDate> in(Map<String, Object> extensions) {
        Object value = extensions == null ? null : extensions.get(EXTENSION);
        if (value instanceof Date date) {
            return Optional.of(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        }
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.toString().trim()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
