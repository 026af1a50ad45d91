package com.qeetmart.platform.text;

import com.qeetmart.platform.http.FilterOrder;
import com.qeetmart.common.api.model.FieldError;
import com.qeetmart.platform.problem.ProblemKind;
import com.qeetmart.platform.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses unsafe text ({@link UnsafeText}) wherever a request carries it, before any operation
 * sees it: query parameters (names and values), headers, and every key and string of a JSON body.
 * The answer is 400 {@code VALIDATION_FAILED} naming the parameter, header or body field, on every
 * service alike, instead of whatever the database or an encoder would make of it.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class UnsafeTextFilter implements Ordered {

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseUnsafeText(HttpRequest<?> request, @Nullable @Body String body) {
        Optional<String> field = inParameters(request)
                .or(() -> inHeaders(request))
                .or(() -> body != null && isJson(request) ? JsonText.firstUnsafe(body) : Optional.empty());
        return field.map(name -> Problems.response(request, ProblemKind.VALIDATION_FAILED, ProblemKind.VALIDATION_FAILED,
                name + " " + UnsafeText.MESSAGE, List.of(new FieldError(name, UnsafeText.MESSAGE)))).orElse(null);
    }

    private static Optional<String> inParameters(HttpRequest<?> request) {
        if (UnsafeText.isUnsafe(request.getPath())) {
            return Optional.of("path");
        }
        for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
            if (UnsafeText.isUnsafe(parameter.getKey()) || parameter.getValue().stream().anyMatch(UnsafeText::isUnsafe)) {
                return Optional.of(parameter.getKey());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inHeaders(HttpRequest<?> request) {
        for (Map.Entry<String, List<String>> header : request.getHeaders()) {
            if (header.getValue().stream().anyMatch(UnsafeText::isUnsafe)) {
                return Optional.of(header.getKey());
            }
        }
        return Optional.empty();
    }

    private static boolean isJson(HttpRequest<?> request) {
        return request.getContentType().map(type -> type.getSubtype().equals("json")
                || type.getSubtype().endsWith("+json")).orElse(false);
    }

    @Override
    public int getOrder() {
        return FilterOrder.UNSAFE_TEXT;
    }
}
