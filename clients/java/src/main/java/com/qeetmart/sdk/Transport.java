package com.qeetmart.sdk;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What carries the SDK's requests to the API and brings back its answers: the JDK's HttpClient
 * unless {@link QeetMart.Builder#transport(Transport)} plugs another. Everything else wraps it:
 * tokens, retries, deadlines, the ETag cache, the User-Agent and the observer. So a stand-in in a
 * test sees every attempt the API would (a retried call twice, the token fetch before the first
 * call) and its answers are read as the API's are: a problem+json answer is thrown as the
 * {@link QeetMartApiException} of its kind, a 503 retried. It is called from the calling thread,
 * once per attempt; it may throw an {@link IOException} for a failed connection.
 */
@FunctionalInterface
public interface Transport {

    Response send(HttpRequest request) throws IOException, InterruptedException;

    /** An answer: its status, its headers (names in any case) and its body (empty for none). */
    record Response(int statusCode, Map<String, List<String>> headers, byte[] body) {

        public Response {
            headers = Map.copyOf(Objects.requireNonNull(headers));
            body = Objects.requireNonNull(body).clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        /** A JSON answer ({@code application/json}, or {@code application/problem+json} for a status of 400 or more). */
        public static Response json(int statusCode, String json) {
            String type = statusCode >= 400 ? "application/problem+json" : "application/json";
            return new Response(statusCode, Map.of("Content-Type", List.of(type)), json.getBytes(StandardCharsets.UTF_8));
        }

        /** An answer without a body (a 204, a 503 with no explanation). */
        public static Response empty(int statusCode) {
            return new Response(statusCode, Map.of(), new byte[0]);
        }

        /** The same answer with one more header. */
        public Response withHeader(String name, String value) {
            Map<String, List<String>> more = new java.util.LinkedHashMap<>(headers);
            more.put(name, List.of(value));
            return new Response(statusCode, more, body);
        }
    }
}
