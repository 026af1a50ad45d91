package com.qeetmart.platform.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches the JWKS, one request at a time. {@link #startedAfterNow()} answers with a fetch that
 * began after the call: the one it starts, or, while an older one is on its way, the one queued
 * behind it (shared by everyone who asks meanwhile). A caller who needs keys published after it
 * saw a token therefore never settles for an answer auth gave before. A failed fetch completes
 * with empty: the caller keeps the keys it has.
 */
final class JwksFetches {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(JwksFetches.class);

    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private CompletableFuture<Optional<List<RSAKey>>> running;
    private CompletableFuture<Optional<List<RSAKey>>> queued;

    JwksFetches(URI url) {
        this.url = url;
    }

    synchronized CompletableFuture<Optional<List<RSAKey>>> startedAfterNow() {
        if (running == null) {
            CompletableFuture<Optional<List<RSAKey>>> started = send();
            running = started;
            started.whenComplete((keys, failure) -> next());
            return started;
        }
        if (queued == null) {
            queued = new CompletableFuture<>();
        }
        return queued;
    }

    /** The fetch under way, if any, else a new one: for callers that take whatever is freshest. */
    synchronized CompletableFuture<Optional<List<RSAKey>>> any() {
        return running != null ? running : startedAfterNow();
    }

    private synchronized void next() {
        running = null;
        CompletableFuture<Optional<List<RSAKey>>> waiting = queued;
        queued = null;
        if (waiting != null) {
            startedAfterNow().whenComplete((keys, failure) -> waiting.complete(keys));
        }
    }

    private CompletableFuture<Optional<List<RSAKey>>> send() {
        return http.sendAsync(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString())
                .handle(this::read);
    }

    // On any failure the keys we have stay: a brief outage of auth must not reject every token.
    private Optional<List<RSAKey>> read(HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            LOG.warn("Could not fetch the JWKS from {}: {}", url, failure.toString());
        } else if (response.statusCode() != 200) {
            LOG.warn("The JWKS at {} answered {}", url, response.statusCode());
        } else {
            try {
                return Optional.of(JWKSet.parse(response.body()).getKeys().stream()
                        .filter(RSAKey.class::isInstance).map(RSAKey.class::cast)
                        .filter(key -> KeyIds.wellFormed(key.getKeyID())).toList());
            } catch (ParseException e) {
                LOG.warn("The JWKS at {} does not parse: {}", url, e.getMessage());
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
