package com.qeetmart.platform.security.revocation;

import com.qeetmart.platform.redis.RedisSubscriptions;
import com.qeetmart.platform.security.SigningKeysAnnounced;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Hears revocations the moment auth publishes them on the Redis channel
 * {@value RevocationChannel#NAME}, and new signing keys on {@value RevocationChannel#SIGNING_KEYS}
 * (announced as {@link SigningKeysAnnounced}, so the JWKS is fetched at once), through the
 * platform's {@link RedisSubscriptions}. Pub/sub keeps nothing for a subscriber that is away, so
 * this is the fast path only: {@link RevocationFeed} catches up on whatever was missed.
 */
@Context
@Requires(property = "qeetmart.security.jwks-url")
final class RevocationSubscriber {

    private static final Logger LOG = LoggerFactory.getLogger(RevocationSubscriber.class);

    private final RevokedSessions revoked;
    private final JsonMapper json;
    private final ApplicationEventPublisher<SigningKeysAnnounced> announcements;

    RevocationSubscriber(RedisSubscriptions subscriptions, RevokedSessions revoked, JsonMapper json,
                         ApplicationEventPublisher<SigningKeysAnnounced> announcements) {
        this.revoked = revoked;
        this.json = json;
        this.announcements = announcements;
        subscriptions.subscribe(this::message, RevocationChannel.NAME, RevocationChannel.SIGNING_KEYS);
    }

    private void message(String channel, String message) {
        if (RevocationChannel.SIGNING_KEYS.equals(channel)) {
            announcements.publishEventAsync(new SigningKeysAnnounced("Redis"));
        } else {
            hear(message);
        }
    }

    private void hear(String message) {
        try {
            revoked.apply(json.readValue(message, Revocation.class));
        } catch (IOException | RuntimeException unreadable) {
            LOG.warn("Ignored an unreadable message on {}: {}", RevocationChannel.NAME, unreadable.toString());
        }
    }
}
