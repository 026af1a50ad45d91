package com.qeetmart.platform.events.webhook;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A delivery's outcome survives a database that fails briefly, and a lasting failure still surfaces. */
class RetriedWriteTest {

    @Test
    void aWriteThatFailsTwiceIsWrittenOnTheThirdTryAfterGrowingPauses() {
        AtomicInteger calls = new AtomicInteger();
        List<Integer> retried = new ArrayList<>();
        long started = System.nanoTime();
        String written = RetriedWrite.run(4, 10, () -> {
            if (calls.incrementAndGet() <= 2) {
                throw new IllegalStateException("Connection is not available, request timed out after 2000ms");
            }
            return "recorded";
        }, (tried, e) -> retried.add(tried));
        assertEquals("recorded", written);
        assertEquals(3, calls.get());
        assertEquals(List.of(1, 2), retried);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(elapsedMillis >= 50, "paused 10 + 40 ms, took " + elapsedMillis);
    }

    @Test
    void aWriteThatKeepsFailingIsTriedAsOftenAsAllowedThenItsFailureIsThrown() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException down = new IllegalStateException("database down");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> RetriedWrite.run(3, 1, () -> {
            calls.incrementAndGet();
            throw down;
        }, (tried, e) -> { }));
        assertSame(down, thrown);
        assertEquals(3, calls.get());
    }
}
