package com.qeetmart.auth.partner;

import com.qeetmart.auth.AuthProblem;
import com.qeetmart.auth.AuthSettings;
import com.qeetmart.auth.session.SessionStore;
import com.qeetmart.auth.token.OpaqueTokens;
import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.http.CidrBlock;
import com.qeetmart.platform.errors.UnprocessableException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.qeetmart.platform.time.Timestamps.now;

/**
 * Partner applications and their secrets, each operation one transaction. An application's
 * tokens name its current session; changing what it may do, or deleting it, ends that session,
 * so its tokens stop everywhere through the revocation feed, as a person's do when signed out.
 */
@Singleton
public class ApplicationStore {

    /** What a secret looks like: the prefix lets secret scanners and people recognise one. */
    static final String SECRET_PREFIX = "qms_";

    private final ApplicationRepository applications;
    private final SecretRepository secrets;
    private final SessionStore sessions;
    private final Duration overlap;

    ApplicationStore(ApplicationRepository applications, SecretRepository secrets, SessionStore sessions, AuthSettings settings) {
        this.applications = applications;
        this.secrets = secrets;
        this.sessions = sessions;
        this.overlap = settings.applications().secretOverlap();
    }

    @Transactional
    public ApplicationData.Issued create(ApplicationData.Draft draft) {
        checkAddresses(draft.allowedAddresses());
        UUID id = UUID.randomUUID();
        Instant now = now();
        UUID session = UUID.randomUUID();
        Quotas quotas = Quotas.DEFAULTS.with(draft.quotas());
        applications.insert(id, draft.name(), array(draft.scopes()), array(draft.allowedAddresses()), quotas.requestsPerMinute(),
                quotas.liveReservations(), quotas.unitsPerProduct(), session, now);
        sessions.openForApplication(id, session);
        String secret = newSecret(id, now);
        return new ApplicationData.Issued(read(applications.find(id).orElseThrow()), secret, null);
    }

    @Transactional(readOnly = true)
    public List<ApplicationData> all() {
        return applications.all().stream().map(this::read).toList();
    }

    @Transactional(readOnly = true)
    public ApplicationData find(UUID clientId) {
        return read(existing(clientId, false));
    }

    /** Changes what the draft names; new scopes, addresses or quotas end every token the application holds. */
    @Transactional
    public ApplicationData change(UUID clientId, ApplicationData.Draft change) {
        ApplicationRow row = existing(clientId, true);
        List<String> scopes = change.scopes() != null ? change.scopes() : List.of(row.scopes());
        List<String> addresses = change.allowedAddresses() != null ? change.allowedAddresses() : List.of(row.allowedAddresses());
        checkAddresses(addresses);
        Quotas quotas = row.quotas().with(change.quotas());
        UUID session = row.sessionId();
        boolean reach = !Set.copyOf(scopes).equals(Set.of(row.scopes()))
                || !Set.copyOf(addresses).equals(Set.of(row.allowedAddresses()))
                || !quotas.equals(row.quotas());
        if (reach) {
            sessions.endForApplication(clientId, session, "application changed");
            session = UUID.randomUUID();
            sessions.openForApplication(clientId, session);
        }
        String name = change.name() != null ? change.name() : row.name();
        applications.update(clientId, name, array(scopes), array(addresses), quotas.requestsPerMinute(),
                quotas.liveReservations(), quotas.unitsPerProduct(), session, now());
        return read(applications.find(clientId).orElseThrow());
    }

    /** A new secret; those before it stay valid for the overlap (an earlier end stays). */
    @Transactional
    public ApplicationData.Issued rotate(UUID clientId) {
        existing(clientId, true);
        Instant now = now();
        Instant previousEnd = now.plus(overlap);
        secrets.forgetEnded(clientId, now);
        secrets.endBy(clientId, previousEnd);
        String secret = newSecret(clientId, now);
        return new ApplicationData.Issued(find(clientId), secret, previousEnd);
    }

    /** Deletes it and its secrets; its tokens stop everywhere (its session ends, announced once committed). */
    @Transactional
    public void delete(UUID clientId) {
        ApplicationRow row = existing(clientId, true);
        sessions.endForApplication(clientId, row.sessionId(), "application deleted");
        applications.delete(clientId);
    }

    private ApplicationRow existing(UUID clientId, boolean lock) {
        return (lock ? applications.lock(clientId) : applications.find(clientId))
                .orElseThrow(() -> new NotFoundException("Application", clientId));
    }

    private String newSecret(UUID clientId, Instant now) {
        String secret = SECRET_PREFIX + OpaqueTokens.newToken();
        secrets.insert(OpaqueTokens.hash(secret), clientId, now);
        return secret;
    }

    private ApplicationData read(ApplicationRow row) {
        List<ApplicationData.Secret> valid = secrets.validOf(row.id(), now()).stream()
                .map(secret -> new ApplicationData.Secret(secret.createdAt(), secret.expiresAt())).toList();
        return new ApplicationData(row.id(), row.name(), List.of(row.scopes()), List.of(row.allowedAddresses()),
                row.quotas(), valid, row.createdAt(), row.updatedAt());
    }

    private static void checkAddresses(List<String> addresses) {
        for (int i = 0; addresses != null && i < addresses.size(); i++) {
            if (CidrBlock.parse(addresses.get(i)).isEmpty()) {
                throw new UnprocessableException(AuthProblem.ADDRESS_BLOCK_INVALID, "allowedAddresses[" + i + "]",
                        "Not an IPv4 or IPv6 address block in CIDR notation: " + addresses.get(i));
            }
        }
    }

    private static String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }
}
