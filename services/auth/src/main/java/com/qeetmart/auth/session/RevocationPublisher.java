package com.qeetmart.auth.session;

import com.qeetmart.platform.security.SecuritySettings;
import com.qeetmart.platform.security.revocation.RevocationChannel;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Announces ended sessions on the Redis channel once their transaction has committed, so
 * verifiers refuse their tokens at once. Best effort by design: the revocation feed carries every
 * entry anyway, so a Redis that is down or slow costs verifiers up to one poll interval, and never
 * costs the request that ended the session anything (publishing does not wait).
 */
@Singleton
@Requires(property = RevocationChannel.REDIS_URI, pattern = ".+")
class RevocationPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(RevocationPublisher.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final RedisClient client;
    private final RedisURI uri;
    private final Revocations revocations;
    private final JsonMapper json;
    private CompletableFuture<StatefulRedisConnection<String, String>> connection;

    RevocationPublisher(SecuritySettings settings, Revocations revocations, JsonMapper json) {
        this.uri = RedisURI.create(settings.revocations().redisUri());
        this.uri.setTimeout(TIMEOUT);
        this.client = RedisClient.create();
        this.client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(TIMEOUT)).build());
        this.revocations = revocations;
        this.json = json;
    }

    @TransactionalEventListener
    void onEnded(SessionsEnded ended) {
        for (UUID sessionId : ended.sessionIds()) {
            String message;
            try {
                message = json.writeValueAsString(revocations.of(sessionId, ended.endedAt()));
            } catch (IOException e) {
                throw new IllegalStateException("A revocation did not serialize", e);
            }
            connected().thenCompose(redis -> redis.async().publish(RevocationChannel.NAME, message))
                    .whenComplete((listeners, failure) -> {
                        if (failure != null) {
                            LOG.warn("Could not announce an ended session on Redis ({}); verifiers will read it from the feed",
                                    failure.toString());
                        }
                    });
        }
    }

    private synchronized CompletableFuture<StatefulRedisConnection<String, String>> connected() {
        CompletableFuture<StatefulRedisConnection<String, String>> current = connection;
        boolean broken = current != null && (current.isCompletedExceptionally()
                || (current.isDone() && !current.join().isOpen()));
        if (current == null || broken) {
            current = client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture()
                    .orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            connection = current;
        }
        return current;
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null && connection.isDone() && !connection.isCompletedExceptionally()) {
            connection.join().closeAsync();
        }
        client.shutdownAsync(0, 1, TimeUnit.SECONDS);
    }
}
