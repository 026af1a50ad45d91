package com.qeetmart.sdk;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/**
 * One attempt of a call, as a {@link CallObserver} sees it once it has ended: never a header's
 * value, so never a token.
 *
 * @param method        the HTTP method
 * @param url           the URL with its secrets hidden: user info dropped, the values of query
 *                      parameters named like a token, secret, password, key, code or signature
 *                      replaced by {@code REDACTED}
 * @param status        the status the API answered, {@code 0} when none came ({@link #failure()})
 * @param attempt       which attempt of the call this was: 1, then 2... for each retry
 * @param elapsed       how long this attempt took
 * @param fromCache     the API answered 304 Not Modified and the call returns the SDK's kept copy
 *                      (the generated code then sees the copy's 200)
 * @param replayed      the API answered a repeated Idempotency-Key with its first answer
 *                      ({@code Idempotent-Replayed: true}): nothing was created this time
 * @param correlationId the API's {@code X-Correlation-Id} for this attempt (quote it to support), or null
 * @param rateLimit     the caller's rate-limit state the answer reported, if it did
 * @param failure       why no answer came (a refused connection, a timeout), or null
 */
public record CallEvent(String method, String url, int status, int attempt, Duration elapsed, boolean fromCache,
                        boolean replayed, String correlationId, Optional<RateLimitState> rateLimit, Throwable failure) {

    static CallEvent answered(String method, String url, int attempt, Duration elapsed, int status, HttpHeaders headers) {
        return new CallEvent(method, url, status, attempt, elapsed, status == 304,
                ReservationOutcome.wasReplayed(headers.map()), headers.firstValue("X-Correlation-Id").orElse(null),
                RateLimitState.of(headers), null);
    }

    static CallEvent failed(String method, String url, int attempt, Duration elapsed, Throwable failure) {
        return new CallEvent(method, url, 0, attempt, elapsed, false, false, null, Optional.empty(), failure);
    }
}
