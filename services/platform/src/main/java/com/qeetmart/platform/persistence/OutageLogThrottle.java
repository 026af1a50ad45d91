package com.qeetmart.platform.persistence;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * While the database is down every request fails the same way, and each failure would log its
 * whole stack trace: thousands of identical lines that bury everything else. This logback filter
 * lets the first error caused by an unreachable database ({@link DatabaseUnreachable}) through
 * with its stack trace, holds back the same error for the next {@link #WINDOW}, and then says in
 * one line how many it held back. Every other event passes untouched. (logback.xml installs it.)
 */
public final class OutageLogThrottle extends TurboFilter {

    static final Duration WINDOW = Duration.ofSeconds(30);
    private static final org.slf4j.Logger SUMMARY = LoggerFactory.getLogger(OutageLogThrottle.class);

    private final LongSupplier clock;
    private final AtomicLong windowEndsAt = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong heldBack = new AtomicLong();

    public OutageLogThrottle() {
        this(System::nanoTime);
    }

    OutageLogThrottle(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable error) {
        if (error == null || !level.isGreaterOrEqual(Level.ERROR) || SUMMARY.getName().equals(logger.getName())
                || !DatabaseUnreachable.in(error)) {
            return FilterReply.NEUTRAL;
        }
        long now = clock.getAsLong();
        long endsAt = windowEndsAt.get();
        if (endsAt != Long.MIN_VALUE && now - endsAt < 0) {
            heldBack.incrementAndGet();
            return FilterReply.DENY;
        }
        if (!windowEndsAt.compareAndSet(endsAt, now + WINDOW.toNanos())) {
            heldBack.incrementAndGet();
            return FilterReply.DENY;
        }
        long held = heldBack.getAndSet(0);
        if (held > 0) {
            SUMMARY.warn("{} more errors caused by the unreachable database were not logged since the last one was",
                    held);
        }
        return FilterReply.NEUTRAL;
    }
}
