package com.qeetmart.sdk;

import com.qeetmart.sdk.invoker.ApiException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An error answer from a QeetMart API, thrown as the subclass of its kind
 * ({@link InvalidRequestException}, {@link AuthenticationException}, {@link PermissionException},
 * {@link NotFoundException}, {@link ConflictException}, {@link RateLimitException},
 * {@link ServerException}). Catch by kind, then switch on {@link #code()} or {@link #type()},
 * which never change; quote {@link #correlationId()} to support. It is an {@link ApiException},
 * as every failure of a generated call is, so the generated methods' {@code @throws ApiException}
 * holds: catching {@code ApiException} catches error answers too.
 */
public abstract class QeetMartApiException extends ApiException {

    private final Problem problem;

    QeetMartApiException(Problem problem) {
        super(problem.status() + " " + (problem.code() != null ? problem.code() : "HTTP_" + problem.status())
                + (problem.detail() != null ? ": " + problem.detail() : "")
                + (problem.correlationId() != null ? " (correlation id " + problem.correlationId() + ")" : ""),
                null, problem.status(), null, null);
        this.problem = problem;
    }

    /** The error of an answer, as the kind its status says. */
    static QeetMartApiException of(Problem problem) {
        int status = problem.status();
        if (status >= 500) {
            return new ServerException(problem);
        }
        return switch (status) {
            case 401 -> new AuthenticationException(problem);
            case 403 -> new PermissionException(problem);
            case 404, 410 -> new NotFoundException(problem);
            case 409, 412 -> new ConflictException(problem);
            case 429 -> new RateLimitException(problem);
            default -> new InvalidRequestException(problem);
        };
    }

    /** The whole answer: status, type, code, title, detail, correlation id, field errors, Retry-After. */
    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    /** The kind of problem, a relative URI such as {@code /problems/insufficient-stock}. */
    public String type() {
        return problem.type();
    }

    /** The stable UPPER_SNAKE code, such as {@code INSUFFICIENT_STOCK}. */
    public String code() {
        return problem.code();
    }

    public String detail() {
        return problem.detail();
    }

    public String correlationId() {
        return problem.correlationId();
    }

    /** The invalid fields of a 400 or 422, empty otherwise. */
    public List<FieldError> fieldErrors() {
        return problem.fieldErrors();
    }

    /** How long the API asked to wait before trying again (429, 503), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(problem.retryAfter());
    }
}
