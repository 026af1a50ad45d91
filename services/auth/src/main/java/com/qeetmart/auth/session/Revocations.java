package com.qeetmart.auth.session;

import com.qeetmart.auth.AuthSettings;
import com.qeetmart.auth.token.AccessTokenIssuer;
import com.qeetmart.platform.security.SecuritySettings;
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

    static final Duration OVERLAP = Duration.ofSeconds(30);
    /** Before every session id: a cursor without a tiebreak takes every session ended at its instant. */
    private static final UUID BEFORE_ANY = new UUID(0, 0);

    private final SessionRepository sessions;
    private final Duration inForce;
    private final int page;

    Revocations(SessionRepository sessions, AccessTokenIssuer issuer, AuthSettings settings, SecuritySettings security) {
        this.sessions = sessions;
        // Until its last token has expired on a verifier whose clock runs the skew behind.
        this.inForce = issuer.ttl().plus(security.tokenTimes().clockSkew());
        this.page = settings.sessions().feedPage();
    }

    public Revocation of(UUID sessionId, Instant endedAt) {
        return new Revocation(sessionId.toString(), endedAt, endedAt.plus(inForce));
    }

    /**
     * The entries in force recorded from the cursor on (all of them without one), oldest first:
     * from {@code since}, past {@code after} among the sessions ended at that very instant.
     */
    @Transactional(readOnly = true)
    public RevocationPage since(Optional<Instant> since, Optional<UUID> after) {
        Instant now = now();
        Instant inForceFrom = now.minus(inForce);
        boolean resumes = since.isPresent() && inForceFrom.isBefore(since.get());
        Instant from = resumes ? since.get() : inForceFrom;
        List<SessionRow> ended = sessions.endedAfter(from, resumes ? after.orElse(BEFORE_ANY) : BEFORE_ANY, page);
        List<Revocation> entries = ended.stream().map(row -> of(row.id(), row.endedAt())).toList();
        if (ended.size() == page) {
            // A full page resumes right after its last entry, however many ended at that instant.
            SessionRow last = ended.get(page - 1);
            return new RevocationPage(entries, last.endedAt(), last.id(), null);
        }
        // Otherwise the next call starts a little before now.
        Instant next = now.minus(OVERLAP);
        return new RevocationPage(entries, next.isBefore(from) ? from : next, null, null);
    }
}
