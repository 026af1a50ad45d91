package com.qeetmart.platform.problem;

import com.qeetmart.common.api.model.FieldError;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.correlation.CorrelationId;
import com.qeetmart.platform.errors.ProblemCode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;

/** Builds problem+json responses: the one place that knows their shape. */
public final class Problems {

    private Problems() {
    }

    public static MutableHttpResponse<Problem> response(HttpRequest<?> request, ProblemKind kind, String detail) {
        return response(request, kind, kind, detail, List.of());
    }

    /** The body alone, for a responder that is not a Micronaut handler (the gateway's proxy stage). */
    public static Problem problem(int status, ProblemCode code, String detail, String correlationId, String path) {
        return new Problem(code.type(), code.title(), status, code.name(), correlationId).detail(detail).instance(path);
    }

    /** A problem of {@code status}'s kind that is the distinct error {@code code} (its type, title, code). */
    public static MutableHttpResponse<Problem> response(HttpRequest<?> request, ProblemKind status, ProblemCode code,
                                                        String detail, List<FieldError> errors) {
        Problem problem = problem(status.status(), code, detail, CorrelationId.of(request), request.getPath());
        if (!errors.isEmpty()) {
            problem.errors(errors);
        }
        return HttpResponse.<Problem>status(HttpStatus.valueOf(status.status()))
                .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                .body(problem);
    }
}
