package com.qeetmart.platform.security;

import com.nimbusds.jose.jwk.RSAKey;
import com.qeetmart.platform.runtime.WarmUpStep;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Verifies access tokens against the auth service's JWKS ({@code qeetmart.security.jwks-url}).
 * The keys are fetched at start, every {@code jwks-refresh} and at once when auth announces a new
 * key; auth publishes a key that long before it signs with it, so a real token finds its key here.
 * <p>What a token's {@code kid} can cost is bounded, whatever an attacker puts there: an id that
 * is not well-formed ({@link KeyIds}) is refused at once; an id a fetch already failed to find is
 * refused from memory ({@link UnknownKeyIds}); any other unknown id may start a fetch at most once
 * per {@code jwks-min-refetch}, and a token waits only for a fetch that began after it arrived.
 * Those fetches are a budget of their own: announced keys and the periodic refresh never wait on
 * it, so made-up ids cannot keep a rotated key away.
 * <p>Fetching never holds a request's thread: {@link #ready} says when the keys a token needs are
 * here, and the token validator waits for it without blocking.
 */
@Singleton
@Requires(property = "qeetmart.security.jwks-url")
public class JwksSignature extends Rs256Signature implements WarmUpStep {

    private static final CompletableFuture<Void> NOW = CompletableFuture.completedFuture(null);
    private static final int MAX_UNKNOWN_IDS = 10_000;

    private final JwksFetches fetches;
    private final Duration minRefetch;
    private final UnknownKeyIds unknown = new UnknownKeyIds(MAX_UNKNOWN_IDS);
    private volatile Map<String, RSAKey> keys = Map.of();
    private Instant unknownIdFetchedAt = Instant.EPOCH;

    JwksSignature(SecuritySettings settings) {
        this.fetches = new JwksFetches(URI.create(settings.jwksUrl()));
        this.minRefetch = settings.jwksMinRefetch();
        refresh(); // so the first token finds the keys here
    }

    /**
     * Completes when the key set is as fresh as a token naming this key id needs: at once when
     * the key is here or the id cannot be one of auth's, after a fetch begun from now on when it
     * may be (as often as the budget allows). Never completes exceptionally.
     */
    public CompletableFuture<Void> ready(String kid) {
        if (!KeyIds.wellFormed(kid) || keys.containsKey(kid) || unknown.contains(kid)) {
            return NOW;
        }
        return fetchForUnknown(kid);
    }

    /** Fetches the key set now, outside the unknown-id budget (start, schedule, announcements). */
    public CompletableFuture<Void> refresh() {
        return fetches.startedAfterNow().thenAccept(this::accept);
    }

    @Scheduled(fixedDelay = "${qeetmart.security.jwks-refresh:5m}", initialDelay = "${qeetmart.security.jwks-refresh:5m}")
    void refreshOnSchedule() {
        refresh();
    }

    @EventListener
    void onAnnounced(SigningKeysAnnounced announced) {
        refresh();
    }

    @Override
    public String name() {
        return "fetch the token keys from " + fetches;
    }

    /** Warm-up: the keys are here before the first token is (retried until the deadline). */
    @Override
    public boolean run(Duration deadline) throws InterruptedException {
        return WarmUpStep.retry(deadline, () -> {
            if (keys.isEmpty()) {
                try {
                    fetches.any().thenAccept(this::accept).get(JwksFetches.TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    // tried; whether keys came decides
                }
            }
            return !keys.isEmpty();
        });
    }

    /** Whether the keys have been fetched at least once. */
    public boolean hasKeys() {
        return !keys.isEmpty();
    }

    @Override
    protected List<RSAKey> candidates(String kid) {
        try {
            ready(kid).get(JwksFetches.TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the keys at hand decide
        }
        RSAKey key = kid == null ? null : keys.get(kid);
        return key == null ? List.of() : List.of(key);
    }

    private synchronized CompletableFuture<Void> fetchForUnknown(String kid) {
        Instant now = Instant.now();
        if (now.isBefore(unknownIdFetchedAt.plus(minRefetch))) {
            return NOW; // budget spent: refused now, not remembered as unknown (it was not looked for)
        }
        unknownIdFetchedAt = now;
        return fetches.startedAfterNow().thenAccept(fetched -> {
            accept(fetched);
            if (fetched.isPresent() && !keys.containsKey(kid)) {
                unknown.remember(kid);
            }
        });
    }

    private void accept(Optional<List<RSAKey>> fetched) {
        fetched.ifPresent(list -> {
            Map<String, RSAKey> byId = list.stream().collect(Collectors.toUnmodifiableMap(RSAKey::getKeyID,
                    Function.identity(), (first, second) -> first));
            if (!byId.keySet().equals(keys.keySet())) {
                unknown.forgetAll();
            }
            keys = byId;
        });
    }
}
