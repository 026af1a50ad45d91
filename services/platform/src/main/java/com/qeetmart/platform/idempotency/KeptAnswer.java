package com.qeetmart.platform.idempotency;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first answer to an idempotent write, as kept: its status, the headers a client reads from a
 * creation (Location, ETag) and its JSON body.
 */
record KeptAnswer(byte[] requestHash, int status, String headers, String body) {

    static final String REPLAYED = "Idempotent-Replayed";
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);
    private static final Argument<Map<String, String>> HEADER_MAP = Argument.mapOf(String.class, String.class);

    static KeptAnswer of(HttpResponse<?> answer, JsonMapper json) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        KEPT_HEADERS.forEach(name -> answer.getHeaders().findFirst(name).ifPresent(value -> headers.put(name, value)));
        Object body = answer.getBody().orElse(null);
        return new KeptAnswer(null, answer.code(), json.writeValueAsString(headers),
                body == null ? null : json.writeValueAsString(body));
    }

    /** The kept answer again, marked as a repeat. */
    MutableHttpResponse<Object> replay(Argument<?> bodyType, JsonMapper json) throws IOException {
        MutableHttpResponse<Object> answer = HttpResponse.status(HttpStatus.valueOf(status));
        if (body != null) {
            answer.body(json.readValue(body, bodyType));
        }
        json.readValue(headers, HEADER_MAP).forEach(answer::header);
        return answer.header(REPLAYED, "true");
    }
}
