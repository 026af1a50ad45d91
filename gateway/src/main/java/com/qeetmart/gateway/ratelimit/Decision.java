package com.qeetmart.gateway.ratelimit;

import java.util.function.BiConsumer;

/** Whether a request is admitted, and what its client is told about its budget. */
public record Decision(boolean allowed, long limit, long remaining, long resetSeconds) {

    /** {@code RateLimit-Limit/-Remaining/-Reset}, on every limited answer. */
    public void headersTo(BiConsumer<String, String> set) {
        set.accept("RateLimit-Limit", Long.toString(limit));
        set.accept("RateLimit-Remaining", Long.toString(remaining));
        set.accept("RateLimit-Reset", Long.toString(resetSeconds));
    }

    /** The detail of a refusal (429). */
    public String refusal() {
        return "At most " + limit + " requests per minute; retry in " + resetSeconds + " s";
    }
}
