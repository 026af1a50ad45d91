package com.qeetmart.platform.problem;

import com.qeetmart.common.api.model.FieldError;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.errors.DomainException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Every domain refusal, in every service, as problem+json: the status of its kind, the type,
 * title and code of its {@code ProblemCode}, its fields as {@code errors}, and Retry-After when
 * waiting helps. A service adds an error by adding a code, never a handler.
 */
@Singleton
@Produces
final class DomainProblemHandler implements ExceptionHandler<DomainException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DomainException e) {
        MutableHttpResponse<Problem> response = Problems.response(request, statusOf(e.kind()), e.code(), e.getMessage(),
                e.fields().stream().map(f -> new FieldError(f.field(), f.message())).toList());
        e.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, String.valueOf(wait.toSeconds())));
        return response;
    }

    static ProblemKind statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> ProblemKind.VALIDATION_FAILED;
            case NOT_FOUND -> ProblemKind.NOT_FOUND;
            case GONE -> ProblemKind.GONE;
            case STALE_VERSION -> ProblemKind.PRECONDITION_FAILED;
            case CONFLICT -> ProblemKind.CONFLICT;
            case UNPROCESSABLE -> ProblemKind.UNPROCESSABLE;
            case UNAUTHENTICATED -> ProblemKind.UNAUTHORIZED;
            case THROTTLED -> ProblemKind.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> ProblemKind.SERVICE_UNAVAILABLE;
        };
    }
}
