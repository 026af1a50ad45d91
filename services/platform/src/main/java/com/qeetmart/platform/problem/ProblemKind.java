package com.qeetmart.platform.problem;

/**
 * Every kind of problem a QeetMart service answers with: its status, its stable {@code type}
 * URI, title and code. Clients switch on {@code type} or {@code code}; both never change.
 */
public enum ProblemKind {
    VALIDATION_FAILED(400, "validation-failed", "Request validation failed"),
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Access denied"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict with the current state"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    URI_TOO_LONG(414, "uri-too-long", "Request URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "Request cannot be processed"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    REQUEST_HEADER_FIELDS_TOO_LARGE(431, "request-header-fields-too-large", "Request header fields too large"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    UPSTREAM_UNAVAILABLE(502, "upstream-unavailable", "Upstream service unavailable"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    UPSTREAM_TIMEOUT(504, "upstream-timeout", "Upstream service timed out");

    private final int status;
    private final String type;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.type = "/problems/" + slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String code() {
        return name();
    }

    /** The kind Micronaut's own errors of a status map to; unknown 4xx are malformed requests. */
    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status && kind != MALFORMED_REQUEST) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
