package com.qeetmart.auth.token;

import com.qeetmart.auth.AuthProblem;
import com.qeetmart.auth.AuthSettings;
import com.qeetmart.auth.announce.RedisAnnouncements;
import com.qeetmart.platform.errors.ConflictException;
import com.qeetmart.platform.security.SecuritySettings;
import com.qeetmart.platform.security.revocation.RevocationChannel;
import com.qeetmart.platform.time.Timestamps;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves the signing keys through their lifecycle: a new key is published at once, announced on
 * the channel and the feed verifiers follow, and signs only after a lead (the verifiers'
 * JWKS refresh interval plus {@code auth.keys.publish-margin}), by when every verifier holds it
 * even if it missed the announcement. Keys are rotated every {@code auth.keys.rotation-period} and
 * whenever an administrator asks; a key whose tokens have all expired is unpublished. Each
 * replica runs {@link #maintain()} every {@code auth.keys.reload-interval}; the database lock in
 * {@link SigningKeys} makes one of them do each change.
 */
@Singleton
public class KeyRotation {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRotation.class);
    private static final Logger AUDIT = LoggerFactory.getLogger("qeetmart.audit");

    private final KeyRing ring;
    private final SigningKeys keys;
    private final Optional<RedisAnnouncements> announcements;
    private final Duration lead;
    private final Duration period;

    KeyRotation(KeyRing ring, SigningKeys keys, Optional<RedisAnnouncements> announcements,
                AuthSettings settings, SecuritySettings security) {
        this.ring = ring;
        this.keys = keys;
        this.announcements = announcements;
        this.lead = security.jwksRefresh().plus(settings.keys().publishMargin());
        this.period = settings.keys().rotationPeriod();
    }

    /** An administrator's rotation: a new key, published now, signing after the lead. */
    public KeyStatus rotate(UUID administrator) {
        if (ring.isConfigured()) {
            throw new ConflictException(AuthProblem.SIGNING_KEY_CONFIGURED,
                    "The signing key is configured (AUTH_SIGNING_KEY_PEM): rotate it where it is configured");
        }
        StoredKey key = keys.add(lead, any -> true).orElseThrow();
        AUDIT.info("Signing key {} published at the request of administrator {}; it signs from {}",
                key.kid(), administrator, key.signsFrom());
        published(key);
        return ring.statuses().stream().filter(status -> status.kid().equals(key.kid())).findFirst().orElseThrow();
    }

    /** Rotates when the newest key is a rotation period old, unpublishes departed keys, rereads the keys. */
    @Scheduled(fixedDelay = "${auth.keys.reload-interval:30s}", initialDelay = "${auth.keys.reload-interval:30s}")
    void maintain() {
        try {
            Instant now = Timestamps.now();
            if (!ring.isConfigured() && !period.isZero()) {
                keys.add(lead, current -> due(current, now)).ifPresent(key -> {
                    AUDIT.info("Signing key {} published on schedule (every {}); it signs from {}",
                            key.kid(), period, key.signsFrom());
                    published(key);
                });
            }
            for (String kid : keys.unpublish(ring.lifecycle().departed(keys.load(), now), now)) {
                AUDIT.info("Signing key {} left the JWKS: every token it signed has expired", kid);
            }
            ring.reload();
        } catch (RuntimeException e) {
            LOG.warn("Could not maintain the signing keys; the keys in memory keep serving", e);
        }
    }

    private boolean due(List<StoredKey> current, Instant now) {
        return current.stream().map(StoredKey::publishedAt).max(Instant::compareTo)
                .map(newest -> !newest.plus(period).isAfter(now)).orElse(true);
    }

    private void published(StoredKey key) {
        ring.reload();
        announcements.ifPresent(redis -> redis.publish(RevocationChannel.SIGNING_KEYS, key.kid()));
    }
}
