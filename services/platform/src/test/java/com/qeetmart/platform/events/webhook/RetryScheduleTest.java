package com.qeetmart.platform.events.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exponential backoff with jitter, capped, for a bounded time after the first attempt. */
class RetryScheduleTest {

    private static final Instant FIRST = Instant.parse("2026-12-06T10:00:00Z");

    private static RetrySchedule schedule(double random) {
        return new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24), () -> random);
    }

    @Test
    void eachFailureDoublesTheWaitAndJitterDropsAtMostHalf() {
        assertEquals(FIRST.plusSeconds(10), schedule(1.0).next(1, FIRST, FIRST).orElseThrow());
        assertEquals(FIRST.plusSeconds(5), schedule(0.0).next(1, FIRST, FIRST).orElseThrow());
        assertEquals(FIRST.plusSeconds(40), schedule(1.0).next(3, FIRST, FIRST).orElseThrow());
    }

    @Test
    void theWaitIsCappedAndNeverOverflows() {
        assertEquals(FIRST.plus(Duration.ofHours(1)), schedule(1.0).next(12, FIRST, FIRST).orElseThrow());
        assertEquals(FIRST.plus(Duration.ofHours(1)), schedule(1.0).next(Integer.MAX_VALUE, FIRST, FIRST).orElseThrow());
    }

    @Test
    void afterTheRetryWindowADeliveryHasFailedForGood() {
        Instant late = FIRST.plus(Duration.ofHours(24));
        assertEquals(Optional.empty(), schedule(1.0).next(30, FIRST, late));
        Instant almost = FIRST.plus(Duration.ofHours(24)).minusSeconds(60);
        Instant last = schedule(1.0).next(30, FIRST, almost).orElseThrow();
        assertTrue(!last.isAfter(FIRST.plus(Duration.ofHours(24))), "the last try is inside the window");
    }
}
