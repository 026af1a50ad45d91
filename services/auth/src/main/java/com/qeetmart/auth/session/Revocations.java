package com.qeetmart.auth.session;

import com.qeetmart.auth.token.AccessTokenIssuer;
import com.qeetmart.platform.security.revocation.Revocation;
import com.qeetmart.platform.security.revocation.RevocationPage;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.qeetmart.platform.time.Timestamps.now;

/**
 * The revocation feed: the sessions ended while tokens issued for them may still be unexpired.
 * Each entry lasts the access-token lifetime past the end (plus a minute for verifiers' clocks).
 * The cursor handed back trails the present by {@link #OVERLAP}: a session's end is stamped when
 * its statement runs, and a transaction that commits a little later must not fall behind a cursor
 * that has already passed its stamp.
 */
@Singleton
public class Revocations {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    static final Duration OVERLAP = Duration.ofSeconds(30);
    static final int PAGE = 10_000;

    private final SessionRepository sessions;
    private final Duration accessTokenTtl;

    Revocations(SessionRepository sessions, AccessTokenIssuer issuer) {
        this.sessions = sessions;
        this.accessTokenTtl = issuer.ttl();
    }

    public Revocation of(UUID sessionId, Instant endedAt) {
        return new Revocation(sessionId.toString(), endedAt, endedAt.plus(accessTokenTtl).plus(CLOCK_SKEW));
    }

    /** The entries in force recorded from {@code since} on (all of them without it), oldest first. */
    @Transactional(readOnly = true)
    public RevocationPage since(Optional<Instant> since) {
        Instant now = now();
        Instant inForceFrom = now.minus(accessTokenTtl).minus(CLOCK_SKEW);
        Instant from = since.filter(inForceFrom::isBefore).orElse(inForceFrom);
        List<SessionRow> ended = sessions.endedSince(from, PAGE);
        List<Revocation> entries = ended.stream().map(row -> of(row.id(), row.endedAt())).toList();
        // A full page resumes where it stopped; otherwise the next call starts a little before now.
        Instant next = ended.size() == PAGE ? ended.get(PAGE - 1).endedAt() : now.minus(OVERLAP);
        return new RevocationPage(entries, next.isBefore(from) ? from : next);
    }
}
