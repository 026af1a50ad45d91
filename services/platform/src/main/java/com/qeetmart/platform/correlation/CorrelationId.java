package com.qeetmart.platform.correlation;

import io.micronaut.http.HttpRequest;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The correlation id of a request: taken from {@value #HEADER} when the caller sent a sane one,
 * created otherwise. It is kept as a request attribute, echoed in the response, put in the MDC of
 * every log line and quoted in every problem body.
 */
public final class CorrelationId {

    public static final String HEADER = "x-correlation-id";
    public static final String MDC_KEY = "correlationId";
    static final String ATTRIBUTE = "qeetmart.correlationId";

    // A caller's id is echoed into headers and logs: accept only short, plain tokens.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private CorrelationId() {
    }

    /** The id a request carries, or "unknown" before the filter has run (never null). */
    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElse("unknown");
    }

    /** The caller's id when it is a short, plain token; a new random one otherwise. */
    public static String acceptOrCreate(String sent) {
        if (sent != null && ACCEPTED.matcher(sent).matches()) {
            return sent;
        }
        return randomUuid().toString();
    }

    // A version 4 UUID from a thread-local generator: correlation ids must be unique, not secret,
    // and UUID.randomUUID() takes a lock on SecureRandom for every request.
    private static UUID randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
