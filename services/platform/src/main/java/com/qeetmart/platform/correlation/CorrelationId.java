package com.qeetmart.platform.correlation;

import io.micronaut.http.HttpRequest;

import java.util.UUID;
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

    static String acceptOrCreate(String sent) {
        if (sent != null && ACCEPTED.matcher(sent).matches()) {
            return sent;
        }
        return UUID.randomUUID().toString();
    }
}
