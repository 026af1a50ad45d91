package com.qeetmart.sdk;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Sees every attempt of every call once it ends ({@link QeetMart.Builder#observer}): for metrics,
 * traces or a debug log. It runs on the calling thread, so it should be quick; whatever it throws
 * is ignored and never fails the call.
 */
@FunctionalInterface
public interface CallObserver {

    void onAttempt(CallEvent event);

    /**
     * A debug log of every attempt, one line each, at {@code DEBUG}: method, URL with its secrets
     * hidden, status, attempt, time, cache, correlation id and rate-limit state. No header value
     * is ever written, so no token, secret or password reaches the log.
     */
    static CallObserver logging(Logger logger) {
        return event -> {
            if (!logger.isLoggable(Level.DEBUG)) {
                return;
            }
            StringBuilder line = new StringBuilder(event.method()).append(' ').append(event.url()).append(" -> ")
                    .append(event.failure() != null ? "no answer (" + event.failure().getClass().getSimpleName() + ")"
                            : String.valueOf(event.status()))
                    .append(" in ").append(event.elapsed().toMillis()).append(" ms, attempt ").append(event.attempt());
            if (event.fromCache()) {
                line.append(", from the SDK's cache");
            }
            if (event.replayed()) {
                line.append(", a replay of an earlier answer");
            }
            if (event.correlationId() != null) {
                line.append(", correlation ").append(event.correlationId());
            }
            event.rateLimit().ifPresent(limit -> line.append(", rate limit ").append(limit.remaining()).append('/')
                    .append(limit.limit()).append(" left"));
            logger.log(Level.DEBUG, line.toString());
        };
    }
}
