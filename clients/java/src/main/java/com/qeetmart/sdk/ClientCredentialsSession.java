package com.qeetmart.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A partner application's tokens (OAuth 2.0 client credentials, RFC 6749 section 4.4): fetched
 * from the token endpoint on first use, kept, and fetched again shortly before they expire or
 * when the API refuses one. One fetch at a time: however many calls wait for a token, the
 * endpoint is asked once. A refusal (a wrong secret, a scope the application does not hold) is
 * an {@link AuthenticationException} or {@link InvalidRequestException} whose code is OAuth's
 * error ({@code INVALID_CLIENT}, {@code INVALID_SCOPE}).
 */
final class ClientCredentialsSession implements TokenSource {

    private static final Duration EARLY = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI endpoint;
    private final String authorization;
    private final String form;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration timeout;
    private String accessToken;
    private Instant renewAt = Instant.MIN;

    ClientCredentialsSession(HttpClient http, String baseUrl, String clientId, String clientSecret, String[] scopes,
                             ObjectMapper json, Clock clock, Duration timeout) {
        this.http = http;
        this.endpoint = URI.create(baseUrl + "/auth/oauth2/token");
        // RFC 6749 section 2.3.1: each part form-encoded, then joined and base64-encoded.
        String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        this.form = "grant_type=client_credentials"
                + (scopes.length == 0 ? "" : "&scope=" + URLEncoder.encode(String.join(" ", scopes), StandardCharsets.UTF_8));
        this.json = json;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public synchronized String accessToken() {
        if (accessToken == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return accessToken;
    }

    @Override
    public synchronized String renewAfterRejection(String rejected) {
        if (rejected != null && rejected.equals(accessToken)) {
            fetch();
        }
        return accessToken;
    }

    private void fetch() {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failed) {
            throw new ConnectionFailedException("POST " + endpoint, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ConnectionFailedException("POST " + endpoint, interrupted);
        }
        if (response.statusCode() != 200) {
            throw ProblemResponses.from(response.statusCode(), response.headers(), response.body(), json);
        }
        try {
            JsonNode token = json.readTree(response.body());
            accessToken = token.get("access_token").asText();
            Duration lifetime = Duration.ofSeconds(token.get("expires_in").asLong());
            // Renewed before it expires; a token shorter-lived than the margin is renewed at half its life.
            renewAt = clock.instant().plus(lifetime.compareTo(EARLY.multipliedBy(2)) > 0 ? lifetime.minus(EARLY) : lifetime.dividedBy(2));
        } catch (IOException | NullPointerException unreadable) {
            throw new ConnectionFailedException("POST " + endpoint + " answered no token", unreadable);
        }
    }
}
