package com.qeetmart.platform.problem;

import com.qeetmart.platform.errors.ProblemCode;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every problem the platform itself answers with (the protocol's, not a domain rule's): its
 * status, title and code, whose {@code type} is derived from it. Clients switch on {@code type}
 * or {@code code}; both never change. Domain errors have codes of their own ({@link ProblemCode}).
 */
public enum ProblemKind implements ProblemCode {
    VALIDATION_FAILED(400, "Request validation failed"),
    MALFORMED_REQUEST(400, "Malformed request"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Access denied"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict with the current state"),
    GONE(410, "Gone"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    URI_TOO_LONG(414, "Request URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Request cannot be processed"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    REQUEST_HEADER_FIELDS_TOO_LARGE(431, "Request header fields too large"),
    INTERNAL_ERROR(500, "Internal error"),
    UPSTREAM_UNAVAILABLE(502, "Upstream service unavailable"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    UPSTREAM_TIMEOUT(504, "Upstream service timed out"),
    // Distinct problems of a status above: never the answer to a bare status (see forStatus).
    CROSS_ORIGIN_REFUSED(403, "Browser origin not allowed"),
    INSUFFICIENT_SCOPE(403, "Insufficient scope"),
    DATABASE_UNAVAILABLE(503, "Database unavailable"),
    SERVICE_NOT_READY(503, "Service not ready");

    private static final Set<ProblemKind> NOT_FOR_A_BARE_STATUS =
            EnumSet.of(MALFORMED_REQUEST, CROSS_ORIGIN_REFUSED, INSUFFICIENT_SCOPE, DATABASE_UNAVAILABLE, SERVICE_NOT_READY);

    private final int status;
    private final String title;

    ProblemKind(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    public String code() {
        return name();
    }

    /** The kind Micronaut's own errors of a status map to; unknown 4xx are malformed requests. */
    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status && !NOT_FOR_A_BARE_STATUS.contains(kind)) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
