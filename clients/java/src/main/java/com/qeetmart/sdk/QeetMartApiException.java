package com.qeetmart.sdk;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An error answer from a QeetMart API: the problem+json body (RFC 9457) as typed fields. Switch on
 * {@link #type()} or {@link #code()}, which never change; quote {@link #correlationId()} to support.
 */
public class QeetMartApiException extends RuntimeException {

    /** One invalid field of a request, as the API named it (e.g. {@code lines[0].quantity}). */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String type;
    private final String code;
    private final String title;
    private final String detail;
    private final String correlationId;
    private final List<FieldError> fieldErrors;
    private final Duration retryAfter;

    public QeetMartApiException(int status, String type, String code, String title, String detail,
                                String correlationId, List<FieldError> fieldErrors, Duration retryAfter) {
        super(status + " " + (code != null ? code : "HTTP_" + status) + (detail != null ? ": " + detail : "")
                + (correlationId != null ? " (correlation id " + correlationId + ")" : ""));
        this.status = status;
        this.type = type;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.correlationId = correlationId;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The kind of problem, a relative URI such as {@code /problems/insufficient-stock}. */
    public String type() {
        return type;
    }

    /** The stable UPPER_SNAKE code, such as {@code INSUFFICIENT_STOCK}. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public String correlationId() {
        return correlationId;
    }

    /** The invalid fields of a 400, empty otherwise. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** How long the API asked to wait before retrying (429, 503), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
