package com.qeetmart.platform.problem;

import com.qeetmart.common.api.model.FieldError;
import com.qeetmart.platform.persistence.DatabaseUnreachable;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Renders every error Micronaut produces itself (unknown route, wrong method or media type,
 * binding and validation failures, security rejections, unhandled exceptions) as problem+json,
 * whatever the client's Accept header says. Details of server faults are never disclosed. An
 * unreachable database is 503 {@code DATABASE_UNAVAILABLE} with Retry-After, not a 500.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Object> {

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        Throwable cause = context.getRootCause().orElse(null);
        if (status == 500 && DatabaseUnreachable.in(cause)) {
            return databaseUnreachable(context, response);
        }
        if (status == 403) {
            Optional<InsufficientScope> insufficient = InsufficientScope.of(context.getRequest());
            if (insufficient.isPresent()) {
                return insufficientScope(context, response, insufficient.get());
            }
        }
        ProblemKind kind = ProblemKind.forStatus(status);
        List<FieldError> errors = List.of();
        if (status == 400) {
            Optional<List<FieldError>> fieldErrors = FieldErrors.of(cause);
            kind = fieldErrors.isPresent() ? ProblemKind.VALIDATION_FAILED : ProblemKind.MALFORMED_REQUEST;
            errors = fieldErrors.orElse(List.of());
        }
        MutableHttpResponse<?> problem = Problems.response(context.getRequest(), kind, kind,
                detail(kind, status, context, errors), errors);
        response.getHeaders().forEach((name, values) -> values.forEach(v -> problem.header(name, v)));
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> result = (MutableHttpResponse<Object>) problem;
        return result;
    }

    // The database's outage, not a fault of this request: 503 with Retry-After, a code of its own.
    private static MutableHttpResponse<Object> databaseUnreachable(ErrorContext context, MutableHttpResponse<?> response) {
        MutableHttpResponse<?> problem = Problems.response(context.getRequest(), ProblemKind.SERVICE_UNAVAILABLE,
                ProblemKind.DATABASE_UNAVAILABLE, "The database cannot be reached just now; retry after "
                        + DatabaseUnreachable.RETRY_AFTER_SECONDS + " s", List.of());
        response.getHeaders().forEach((name, values) -> values.forEach(v -> problem.header(name, v)));
        problem.header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnreachable.RETRY_AFTER_SECONDS));
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> result = (MutableHttpResponse<Object>) problem;
        return result;
    }

    // An application's token without the scope: RFC 6750 section 3.1's answer, as problem+json.
    private static MutableHttpResponse<Object> insufficientScope(ErrorContext context, MutableHttpResponse<?> response,
                                                                 InsufficientScope insufficient) {
        MutableHttpResponse<?> problem = Problems.response(context.getRequest(), ProblemKind.INSUFFICIENT_SCOPE,
                ProblemKind.INSUFFICIENT_SCOPE, insufficient.detail(), List.of());
        response.getHeaders().forEach((name, values) -> values.forEach(v -> problem.header(name, v)));
        problem.header(HttpHeaders.WWW_AUTHENTICATE, insufficient.challenge());
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> result = (MutableHttpResponse<Object>) problem;
        return result;
    }

    private static String detail(ProblemKind kind, int status, ErrorContext context, List<FieldError> errors) {
        return switch (kind) {
            case VALIDATION_FAILED -> errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
            case MALFORMED_REQUEST -> "The request could not be read";
            case UNAUTHORIZED -> "A valid access token is required (Authorization: Bearer <token>)";
            case FORBIDDEN -> "The access token does not grant this operation";
            case NOT_FOUND -> "No resource at " + context.getRequest().getPath();
            // These messages describe the request, never the server: safe to pass on.
            case METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE ->
                    context.getErrors().stream().map(Error::getMessage).findFirst().orElse(kind.title());
            default -> status >= 500 ? "An unexpected error occurred; quote the correlation id to support"
                    : kind.title();
        };
    }
}
