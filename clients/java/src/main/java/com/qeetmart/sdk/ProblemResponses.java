package com.qeetmart.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns an error answer into the {@link QeetMartApiException} of its kind, problem+json or not. */
final class ProblemResponses {

    private static final int MAX_BODY = 64 * 1024;

    private ProblemResponses() {
    }

    /** Throws for any status of 400 and above; lets successes through untouched. */
    static void raiseIfError(HttpResponse<InputStream> response, ObjectMapper json) {
        if (response.statusCode() < 400) {
            return;
        }
        byte[] body;
        try (InputStream in = response.body()) {
            body = in == null ? new byte[0] : in.readNBytes(MAX_BODY);
        } catch (IOException e) {
            body = new byte[0];
        }
        throw from(response.statusCode(), response.headers(), body, json);
    }

    static QeetMartApiException from(int status, HttpHeaders headers, byte[] body, ObjectMapper json) {
        String correlationId = headers.firstValue("x-correlation-id").orElse(null);
        Duration retryAfter = RetryPolicy.retryAfter(headers).orElse(null);
        JsonNode problem = null;
        try {
            problem = body.length == 0 ? null : json.readTree(body);
        } catch (IOException notJson) {
            // An answer from something in between (a load balancer's HTML page): keep the status.
        }
        if (problem == null || !problem.isObject()) {
            return QeetMartApiException.of(new Problem(status, null, null, null, null, correlationId, List.of(), retryAfter));
        }
        if (problem.has("error") && !problem.has("type")) {
            // OAuth's own error object (the token endpoint, RFC 6749 section 5.2): its error code, upper-cased.
            String code = text(problem, "error");
            return QeetMartApiException.of(new Problem(status, null, code == null ? null : code.toUpperCase(java.util.Locale.ROOT),
                    null, text(problem, "error_description"), correlationId, List.of(), retryAfter));
        }
        List<FieldError> errors = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            errors.add(new FieldError(text(error, "field"), text(error, "message")));
        }
        String bodyCorrelationId = text(problem, "correlationId");
        return QeetMartApiException.of(new Problem(status, text(problem, "type"), text(problem, "code"), text(problem, "title"),
                text(problem, "detail"), bodyCorrelationId != null ? bodyCorrelationId : correlationId, errors, retryAfter));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
