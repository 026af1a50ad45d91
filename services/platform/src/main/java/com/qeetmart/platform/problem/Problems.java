package com.qeetmart.platform.problem;

import com.qeetmart.common.api.model.FieldError;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.correlation.CorrelationId;
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
        return response(request, kind, kind.code(), detail, List.of());
    }

    public static MutableHttpResponse<Problem> response(HttpRequest<?> request, ProblemKind kind, String code,
                                                        String detail, List<FieldError> errors) {
        Problem problem = new Problem(kind.type(), kind.title(), kind.status(), code, CorrelationId.of(request))
                .detail(detail)
                .instance(request.getPath());
        if (!errors.isEmpty()) {
            problem.errors(errors);
        }
        return HttpResponse.<Problem>status(HttpStatus.valueOf(kind.status()))
                .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                .body(problem);
    }
}
