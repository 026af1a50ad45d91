package com.qeetmart.sdk;

import java.time.Duration;
import java.util.List;

/**
 * An error answer as the API sent it: the problem+json body (RFC 9457) with the answer's
 * {@code Retry-After}. The one problem type of the SDK: every {@link QeetMartApiException} holds one.
 *
 * @param status        the HTTP status
 * @param type          the kind of problem, a relative URI such as {@code /problems/insufficient-stock}
 * @param code          the stable UPPER_SNAKE code, such as {@code INSUFFICIENT_STOCK}
 * @param correlationId the id to quote to support
 * @param fieldErrors   the invalid fields (a 400 or 422), empty otherwise
 * @param retryAfter    how long the API asked to wait (429, 503), or null
 */
public record Problem(int status, String type, String code, String title, String detail, String correlationId,
                      List<FieldError> fieldErrors, Duration retryAfter) {

    public Problem {
        fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }
}
