package com.qeetmart.products.catalog;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The catalog's notion of now, at PostgreSQL's precision so what is returned is what is stored. */
@Singleton
public class Clock {

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
