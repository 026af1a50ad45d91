package com.qeetmart.auth.support;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Token requests as a partner's backend sends them (form-encoded, client_secret_basic), answered
 * with OAuth's JSON: read here as a map, since its errors are not problem+json.
 */
public final class TokenRequests {

    /** An answer of the token endpoint: status, its JSON, and the headers a client reads. */
    public record Answer(int status, Map<String, Object> body, HttpResponse<String> raw) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public Object get(String field) {
            return body.get(field);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final JsonMapper json;

    public TokenRequests(int port, JsonMapper json) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/auth/oauth2/token");
        this.json = json;
    }

    /** {@code grant_type=client_credentials}, with {@code scope} when not null. */
    public Answer clientCredentials(String clientId, String secret, String scope) {
        return send(basic(clientId, secret), "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + scope.replace(" ", "+")));
    }

    /** The same, as forwarded by a trusted proxy for a client at {@code address}. */
    public Answer clientCredentialsFrom(String address, String clientId, String secret) {
        return send(basic(clientId, secret), "grant_type=client_credentials", address);
    }

    /** A form sent with the given Authorization header (null: none). */
    public Answer send(String authorization, String form) {
        return send(authorization, form, null);
    }

    @SuppressWarnings("unchecked")
    private Answer send(String authorization, String form, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), json.readValue(response.body(), Map.class), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
