package com.qeetmart.platform.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;

/**
 * Verifies access tokens against the auth service's JWKS ({@code qeetmart.security.jwks-url}).
 * The key set is cached and refetched when it is older than {@code refresh}, and when a token names
 * a key id it does not hold (auth has rotated its key); those refetches happen at most once per
 * {@code min-refetch}, so tokens with made-up key ids cannot make this service hammer auth.
 */
@Singleton
@Requires(property = "qeetmart.security.jwks-url")
public class JwksSignature extends Rs256Signature {

    private static final Logger LOG = LoggerFactory.getLogger(JwksSignature.class);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(2);

    private final URI url;
    private final Duration refresh;
    private final Duration minRefetch;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).build();
    private volatile List<JWK> keys = List.of();
    private volatile Instant fetchedAt = Instant.EPOCH;
    private volatile Instant unknownKidFetchedAt = Instant.EPOCH;

    JwksSignature(@Value("${qeetmart.security.jwks-url}") String url,
                  @Value("${qeetmart.security.jwks-refresh:5m}") Duration refresh,
                  @Value("${qeetmart.security.jwks-min-refetch:1s}") Duration minRefetch) {
        this.url = URI.create(url);
        this.refresh = refresh;
        this.minRefetch = minRefetch;
    }

    @Override
    protected List<RSAKey> candidates(String kid) {
        if (Instant.now().isAfter(fetchedAt.plus(refresh))) {
            refetch();
        }
        if (kid != null && find(kid) == null) {
            refetchForUnknownKid();
        }
        return keys.stream().filter(key -> kid == null || kid.equals(key.getKeyID()))
                .filter(RSAKey.class::isInstance).map(RSAKey.class::cast).toList();
    }

    private JWK find(String kid) {
        return keys.stream().filter(key -> kid.equals(key.getKeyID())).findFirst().orElse(null);
    }

    private synchronized void refetchForUnknownKid() {
        if (Instant.now().isBefore(unknownKidFetchedAt.plus(minRefetch))) {
            return;
        }
        unknownKidFetchedAt = Instant.now();
        refetch();
    }

    private synchronized void refetch() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(FETCH_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                keys = JWKSet.parse(response.body()).getKeys();
            } else {
                LOG.warn("The JWKS at {} answered {}", url, response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | ParseException e) {
            // Keep the keys we have: a brief outage of auth must not reject every token.
            LOG.warn("Could not fetch the JWKS from {}: {}", url, e.toString());
        } finally {
            fetchedAt = Instant.now();
        }
    }
}
