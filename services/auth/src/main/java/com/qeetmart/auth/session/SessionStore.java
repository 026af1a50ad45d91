package com.qeetmart.auth.session;

import com.qeetmart.auth.AuthSettings;
import com.qeetmart.auth.account.AccountRepository;
import com.qeetmart.auth.account.AccountData;
import com.qeetmart.auth.account.AccountRow;
import com.qeetmart.auth.token.AccessTokenIssuer;
import com.qeetmart.auth.token.OpaqueTokens;
import com.qeetmart.platform.http.ClientOrigin;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import static com.qeetmart.platform.time.Timestamps.now;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions and their refresh-token families, each operation one transaction. Outcomes that must
 * be kept even though the caller is refused (a family revoked on reuse) are returned, not thrown,
 * so the transaction commits them.
 */
@Singleton
public class SessionStore {

    /** What presenting a refresh token led to. */
    public sealed interface Rotation {
        record Rotated(IssuedTokens tokens) implements Rotation {
        }

        /** The token was already used: its whole session has just been ended. */
        record Reused() implements Rotation {
        }

        /** Unknown, expired, or its session is over. */
        record Rejected() implements Rotation {
        }
    }

    private final SessionRepository sessions;
    private final RefreshTokenRepository refreshTokens;
    private final AccountRepository accounts;
    private final AccessTokenIssuer issuer;
    private final ApplicationEventPublisher<SessionsEnded> ended;
    private final Duration refreshTtl;
    private final int maxLive;

    SessionStore(SessionRepository sessions, RefreshTokenRepository refreshTokens, AccountRepository accounts,
                 AccessTokenIssuer issuer, ApplicationEventPublisher<SessionsEnded> ended, AuthSettings settings) {
        this.sessions = sessions;
        this.ended = ended;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.issuer = issuer;
        this.refreshTtl = settings.refreshTokenTtl();
        this.maxLive = settings.sessions().maxLive();
    }

    /**
     * A new session for the account; beyond {@code auth.sessions.max-live} live ones, its oldest
     * are ended (and announced like any ended session), so no account holds unbounded sessions.
     */
    @Transactional
    public IssuedTokens open(AccountData account, ClientOrigin origin) {
        UUID sessionId = UUID.randomUUID();
        Instant now = now();
        sessions.insert(sessionId, account.id(), origin.userAgent(), origin.ipAddress(), now);
        announce(sessions.endBeyond(account.id(), maxLive, "session limit", now), now);
        return issue(account, sessionId);
    }

    @Transactional
    public Rotation rotate(String refreshToken) {
        byte[] hash = OpaqueTokens.hash(refreshToken);
        Instant now = now();
        Optional<UUID> sessionId = refreshTokens.useUp(hash, now).stream().findFirst();
        if (sessionId.isEmpty()) {
            Optional<SessionRow> stolenFrom = refreshTokens.sessionOfUsed(hash).flatMap(sessions::findLive);
            if (stolenFrom.isPresent()) {
                sessions.end(stolenFrom.get().accountId(), stolenFrom.get().id(), "refresh token reused", now);
                announce(List.of(stolenFrom.get().id()), now);
                return new Rotation.Reused();
            }
            return new Rotation.Rejected();
        }
        Optional<SessionRow> session = sessions.findLive(sessionId.get());
        Optional<AccountData> account = session.flatMap(s -> accounts.findById(s.accountId())).map(AccountRow::toData);
        if (account.isEmpty()) {
            return new Rotation.Rejected();
        }
        sessions.touch(sessionId.get(), now);
        return new Rotation.Rotated(issue(account.get(), sessionId.get()));
    }

    @Transactional
    public boolean end(UUID accountId, UUID sessionId, String reason) {
        Instant now = now();
        if (sessions.end(accountId, sessionId, reason, now) == 0) {
            return false;
        }
        announce(List.of(sessionId), now);
        return true;
    }

    /** Ends every session of the account but {@code keep} (null: all of them). */
    @Transactional
    public void endAll(UUID accountId, UUID keep, String reason) {
        Instant now = now();
        announce(sessions.endAllOf(accountId, keep, reason, now), now);
    }

    /** The session a partner application's tokens name; the caller's transaction holds it. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void openForApplication(UUID applicationId, UUID sessionId) {
        sessions.insertForApplication(sessionId, applicationId, now());
    }

    /** Ends an application's session: every token naming it stops (announced once committed). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void endForApplication(UUID applicationId, UUID sessionId, String reason) {
        Instant now = now();
        if (sessions.endOfApplication(applicationId, sessionId, reason, now) > 0) {
            announce(List.of(sessionId), now);
        }
    }

    @Transactional(readOnly = true)
    public boolean isLive(UUID sessionId) {
        return sessions.findLive(sessionId).isPresent();
    }

    @Transactional(readOnly = true)
    public List<SessionData> liveSessionsOf(UUID accountId) {
        return sessions.findLiveOf(accountId).stream()
                .map(s -> new SessionData(s.id(), s.userAgent(), s.ipAddress(), s.createdAt(), s.lastUsedAt()))
                .toList();
    }

    // Heard once the transaction has committed (RevocationPublisher), so nothing is announced that did not happen.
    private void announce(List<UUID> sessionIds, Instant at) {
        if (!sessionIds.isEmpty()) {
            ended.publishEvent(new SessionsEnded(sessionIds, at));
        }
    }

    private IssuedTokens issue(AccountData account, UUID sessionId) {
        String refreshToken = OpaqueTokens.newToken();
        Instant now = now();
        refreshTokens.insert(OpaqueTokens.hash(refreshToken), sessionId, now, now.plus(refreshTtl));
        String accessToken = issuer.issue(account.id(), account.email(), account.roles(), sessionId);
        return new IssuedTokens(sessionId, accessToken, refreshToken, issuer.ttl());
    }

}
