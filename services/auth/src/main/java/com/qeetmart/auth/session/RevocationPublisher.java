package com.qeetmart.auth.session;

import com.qeetmart.auth.announce.RedisAnnouncements;
import com.qeetmart.platform.security.revocation.RevocationChannel;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.UUID;

/**
 * Announces ended sessions on the Redis channel once their transaction has committed, so
 * verifiers refuse their tokens at once (the revocation feed carries every entry anyway).
 */
@Singleton
@Requires(bean = RedisAnnouncements.class)
class RevocationPublisher {

    private final RedisAnnouncements announcements;
    private final Revocations revocations;
    private final JsonMapper json;

    RevocationPublisher(RedisAnnouncements announcements, Revocations revocations, JsonMapper json) {
        this.announcements = announcements;
        this.revocations = revocations;
        this.json = json;
    }

    @TransactionalEventListener
    void onEnded(SessionsEnded ended) {
        for (UUID sessionId : ended.sessionIds()) {
            try {
                announcements.publish(RevocationChannel.NAME, json.writeValueAsString(revocations.of(sessionId, ended.endedAt())));
            } catch (IOException e) {
                throw new IllegalStateException("A revocation did not serialize", e);
            }
        }
    }
}
