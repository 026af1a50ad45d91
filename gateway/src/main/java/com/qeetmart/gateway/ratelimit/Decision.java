package com.qeetmart.gateway.ratelimit;

import io.netty.util.AsciiString;

import java.util.function.BiConsumer;

/** Whether a request is admitted, and what its client is told about its budget. */
public record Decision(boolean allowed, long limit, long remaining, long resetSeconds) {

    private static final AsciiString LIMIT = AsciiString.cached("RateLimit-Limit");
    private static final AsciiString REMAINING = AsciiString.cached("RateLimit-Remaining");
    private static final AsciiString RESET = AsciiString.cached("RateLimit-Reset");

    /** {@code RateLimit-Limit/-Remaining/-Reset}, on every limited answer. */
    public void headersTo(BiConsumer<CharSequence, String> set) {
        set.accept(LIMIT, Long.toString(limit));
        set.accept(REMAINING, Long.toString(remaining));
        set.accept(RESET, Long.toString(resetSeconds));
    }

    /** The detail of a refusal (429). */
    public String refusal() {
        return "At most " + limit + " requests per minute; retry in " + resetSeconds + " s";
    }
}
