package com.qeetmart.platform.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.qeetmart.platform.runtime.WarmUpStep;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Verifies access tokens against the auth service's JWKS ({@code qeetmart.security.jwks-url}).
 * The key set is fetched at start, in the background when it is older than {@code refresh} (tokens
 * are checked with the keys at hand meanwhile), and when a token names a key id it does not hold
 * (auth has rotated its key); those refetches happen at most once per {@code min-refetch}, so
 * tokens with made-up key ids cannot make this service hammer auth.
 * <p>Fetching never holds a request's thread: {@link #ready} says when the keys a token needs are
 * here, and the token validator waits for it without blocking (an event loop thread, in the
 * gateway). Only a caller that skips it waits in {@link #candidates}.
 */
@Singleton
@Requires(property = "qeetmart.security.jwks-url")
public class JwksSignature extends Rs256Signature implements WarmUpStep {

    private static final Logger LOG = LoggerFactory.getLogger(JwksSignature.class);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(2);
    private static final CompletableFuture<Void> NOW = CompletableFuture.completedFuture(null);

    private final URI url;
    private final Duration refresh;
    private final Duration minRefetch;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).build();
    private volatile List<JWK> keys = List.of();
    private volatile Instant fetchedAt = Instant.EPOCH;
    private Instant unknownKidFetchedAt = Instant.EPOCH;
    private CompletableFuture<Void> fetching;

    JwksSignature(SecuritySettings settings) {
        this.url = URI.create(settings.jwksUrl());
        this.refresh = settings.jwksRefresh();
        this.minRefetch = settings.jwksMinRefetch();
        fetch(); // so the first token finds the keys here
    }

    /**
     * Completes when the key set is as fresh as a token naming this key id (null: none) needs:
     * at once when a matching key is here, after a refetch when none is (as often as allowed).
     * Never completes exceptionally; a failed fetch keeps the keys there were.
     */
    public CompletableFuture<Void> ready(String kid) {
        boolean known = kid == null ? !keys.isEmpty() : find(kid) != null;
        if (known) {
            if (Instant.now().isAfter(fetchedAt.plus(refresh))) {
                fetch();
            }
            return NOW;
        }
        return fetchForMissingKey();
    }

    @Override
    public String name() {
        return "fetch the token keys from " + url;
    }

    /** Warm-up: the keys are here before the first token is (retried until the deadline). */
    @Override
    public boolean run(Duration deadline) throws InterruptedException {
        return WarmUpStep.retry(deadline, () -> {
            if (keys.isEmpty()) {
                try {
                    fetch().get(FETCH_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    // tried; whether keys came decides
                }
            }
            return !keys.isEmpty();
        });
    }

    @Override
    protected List<RSAKey> candidates(String kid) {
        try {
            ready(kid).get(FETCH_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the keys at hand decide
        }
        return keys.stream().filter(key -> kid == null || kid.equals(key.getKeyID()))
                .filter(RSAKey.class::isInstance).map(RSAKey.class::cast).toList();
    }

    private JWK find(String kid) {
        return keys.stream().filter(key -> kid.equals(key.getKeyID())).findFirst().orElse(null);
    }

    private synchronized CompletableFuture<Void> fetchForMissingKey() {
        if (fetching != null) {
            return fetching;
        }
        if (Instant.now().isBefore(unknownKidFetchedAt.plus(minRefetch))) {
            return NOW;
        }
        unknownKidFetchedAt = Instant.now();
        return fetch();
    }

    /** Starts a fetch unless one is running; either way returns the running one. */
    private synchronized CompletableFuture<Void> fetch() {
        if (fetching != null) {
            return fetching;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        fetching = done;
        http.sendAsync(HttpRequest.newBuilder(url).timeout(FETCH_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, failure) -> {
                    accept(response, failure);
                    synchronized (this) {
                        fetchedAt = Instant.now();
                        fetching = null;
                    }
                    done.complete(null);
                });
        return done;
    }

    private void accept(HttpResponse<String> response, Throwable failure) {
        // On any failure the keys we have stay: a brief outage of auth must not reject every token.
        if (failure != null) {
            LOG.warn("Could not fetch the JWKS from {}: {}", url, failure.toString());
        } else if (response.statusCode() != 200) {
            LOG.warn("The JWKS at {} answered {}", url, response.statusCode());
        } else {
            try {
                keys = JWKSet.parse(response.body()).getKeys();
            } catch (ParseException e) {
                LOG.warn("The JWKS at {} does not parse: {}", url, e.getMessage());
            }
        }
    }
}
