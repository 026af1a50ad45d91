package com.qeetmart.platform.persistence;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutageLogThrottleTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final OutageLogThrottle throttle = new OutageLogThrottle(nanos::get);
    private final Logger router = new LoggerContext().getLogger("io.micronaut.http.server.RouteExecutor");
    private final RuntimeException outage = new RuntimeException("could not get a connection",
            new SQLTransientConnectionException("Connection is not available, request timed out after 1000ms"));

    private FilterReply log(Level level, Throwable error) {
        return throttle.decide(null, router, level, "Unexpected error occurred", null, error);
    }

    @Test
    void theFirstOutageErrorIsLoggedAndTheSameErrorIsHeldBackForTheWindow() {
        assertEquals(FilterReply.NEUTRAL, log(Level.ERROR, outage));
        assertEquals(FilterReply.DENY, log(Level.ERROR, outage));
        nanos.addAndGet(OutageLogThrottle.WINDOW.toNanos() - 1);
        assertEquals(FilterReply.DENY, log(Level.ERROR, outage));
        nanos.addAndGet(1);
        assertEquals(FilterReply.NEUTRAL, log(Level.ERROR, outage), "one again per window while it lasts");
        assertEquals(FilterReply.DENY, log(Level.ERROR, outage));
    }

    @Test
    void everyOtherEventPassesEvenDuringAnOutage() {
        log(Level.ERROR, outage);
        assertEquals(FilterReply.NEUTRAL, log(Level.ERROR, new IllegalStateException("a bug")));
        assertEquals(FilterReply.NEUTRAL, log(Level.ERROR, null));
        assertEquals(FilterReply.NEUTRAL, log(Level.WARN, outage), "warnings are the code's own choice");
    }
}
