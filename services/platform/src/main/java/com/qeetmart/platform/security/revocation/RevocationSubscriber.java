package com.qeetmart.platform.security.revocation;

import com.qeetmart.platform.security.SecuritySettings;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import com.qeetmart.platform.security.SigningKeysAnnounced;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Hears revocations the moment auth publishes them on the Redis channel
 * {@value RevocationChannel#NAME}, and new signing keys on {@value RevocationChannel#SIGNING_KEYS}
 * (announced as {@link SigningKeysAnnounced}, so the JWKS is fetched at once). Pub/sub keeps nothing for a subscriber that is away, so this is
 * the fast path only: {@link RevocationFeed} catches up on whatever was missed. Connecting never
 * holds startup; a failed connection is retried every few seconds, and Lettuce resubscribes after
 * a dropped one.
 */
@Context
@Requires(property = "qeetmart.security.jwks-url")
@Requires(property = RevocationChannel.REDIS_URI, pattern = ".+")
final class RevocationSubscriber {

    private static final Logger LOG = LoggerFactory.getLogger(RevocationSubscriber.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final RedisClient client;
    private final RedisURI uri;
    private final RevokedSessions revoked;
    private final JsonMapper json;
    private final TaskScheduler scheduler;
    private final ApplicationEventPublisher<SigningKeysAnnounced> announcements;
    private volatile StatefulRedisPubSubConnection<String, String> connection;
    private volatile boolean closed;

    RevocationSubscriber(SecuritySettings settings, RevokedSessions revoked, JsonMapper json,
                         TaskScheduler scheduler, ApplicationEventPublisher<SigningKeysAnnounced> announcements) {
        this.uri = RedisURI.create(settings.revocations().redisUri());
        this.client = RedisClient.create();
        this.revoked = revoked;
        this.json = json;
        this.scheduler = scheduler;
        this.announcements = announcements;
        connect();
    }

    private void connect() {
        if (closed) {
            return;
        }
        client.connectPubSubAsync(StringCodec.UTF8, uri).whenComplete((opened, failure) -> {
            if (failure != null) {
                LOG.debug("Revocation channel: cannot reach Redis ({}); retrying", failure.toString());
                scheduler.schedule(RETRY, this::connect);
                return;
            }
            connection = opened;
            opened.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    if (RevocationChannel.SIGNING_KEYS.equals(channel)) {
                        announcements.publishEventAsync(new SigningKeysAnnounced("Redis"));
                    } else {
                        hear(message);
                    }
                }
            });
            opened.async().subscribe(RevocationChannel.NAME, RevocationChannel.SIGNING_KEYS);
        });
    }

    private void hear(String message) {
        try {
            revoked.apply(json.readValue(message, Revocation.class));
        } catch (IOException | RuntimeException unreadable) {
            LOG.warn("Ignored an unreadable message on {}: {}", RevocationChannel.NAME, unreadable.toString());
        }
    }

    @PreDestroy
    void close() {
        closed = true;
        StatefulRedisPubSubConnection<String, String> open = connection;
        if (open != null) {
            open.closeAsync();
        }
        client.shutdownAsync(0, 1, TimeUnit.SECONDS);
    }
}
