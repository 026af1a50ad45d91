package com.qeetmart.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which window speaks for a request counted against the overall limit and its route group's. */
class RateLimiterDecisionTest {

    @Test
    void theWindowWithTheFewestRequestsLeftSpeaks() {
        Decision decision = RateLimiter.decide(List.of(new Window(10, 30_000), new Window(295, 12_000)), List.of(1000, 300));
        assertTrue(decision.allowed());
        assertEquals(300, decision.limit(), "the group's limit is the one close to running out");
        assertEquals(5, decision.remaining());
        assertEquals(12, decision.resetSeconds());
    }

    @Test
    void aRefusingWindowSpeaksEvenIfAnotherHasFewerLeft() {
        Decision decision = RateLimiter.decide(List.of(new Window(1001, 2_500), new Window(299, 40_000)), List.of(1000, 300));
        assertFalse(decision.allowed());
        assertEquals(1000, decision.limit());
        assertEquals(0, decision.remaining(), "never negative");
        assertEquals(3, decision.resetSeconds(), "rounded up to whole seconds");
    }

    @Test
    void theLastAllowedRequestIsTheLimitItself() {
        assertTrue(RateLimiter.decide(List.of(new Window(1000, 1)), List.of(1000)).allowed());
        assertFalse(RateLimiter.decide(List.of(new Window(1001, 1)), List.of(1000)).allowed());
        assertEquals(1, RateLimiter.decide(List.of(new Window(1, 0)), List.of(1000)).resetSeconds(), "at least one second");
    }
}
