package com.qeetmart.auth.partner;

import com.qeetmart.auth.throttle.ClientThrottle;
import com.qeetmart.auth.token.AccessTokenIssuer;
import com.qeetmart.auth.token.OpaqueTokens;
import com.qeetmart.platform.http.CidrBlock;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.qeetmart.platform.time.Timestamps.now;

/**
 * The client credentials grant (RFC 6749 section 4.4): an application that proves its secret gets
 * an access token for the scopes it holds (or the fewer it asks for), from an address it allows.
 * Every failure to authenticate is one answer, {@code invalid_client}, whatever failed (client
 * ids are not secret: an unknown one is answered at once and not counted).
 */
@Singleton
public class ClientCredentials {

    static final String GRANT_TYPE = "client_credentials";
    /** RFC 6749 section 3.3: scope tokens of visible ASCII but the double quote and backslash, one space between. */
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*");

    private final ApplicationRepository applications;
    private final SecretRepository secrets;
    private final ClientThrottle throttle;
    private final AccessTokenIssuer issuer;

    ClientCredentials(ApplicationRepository applications, SecretRepository secrets, ClientThrottle throttle,
                      AccessTokenIssuer issuer) {
        this.applications = applications;
        this.secrets = secrets;
        this.throttle = throttle;
        this.issuer = issuer;
    }

    /** The answer to a token request by the client {@code clientId} (as sent), from {@code address}. */
    @Transactional
    public TokenGrant grant(String clientId, String secret, String grantType, String scope, String address) {
        Optional<UUID> id = uuid(clientId);
        if (id.isEmpty() || secret == null) {
            return TokenGrant.Refused.invalidClient();
        }
        OptionalLong wait = throttle.waitFor(id.get(), address);
        if (wait.isPresent()) {
            return new TokenGrant.Refused(429, "invalid_client",
                    "Too many failed client authentications; retry in " + wait.getAsLong() + " s", wait.getAsLong());
        }
        Optional<ApplicationRow> application = applications.find(id.get());
        if (application.isEmpty()) {
            return TokenGrant.Refused.invalidClient(); // nothing to guess: no count kept for ids that name nothing
        }
        if (!secrets.accepts(OpaqueTokens.hash(secret), id.get(), now())) {
            throttle.failed(id.get(), address);
            return TokenGrant.Refused.invalidClient();
        }
        if (!GRANT_TYPE.equals(grantType)) {
            return TokenGrant.Refused.badRequest("unsupported_grant_type", "Only grant_type=client_credentials is granted here");
        }
        ApplicationRow row = application.get();
        if (!allows(row, address)) {
            return TokenGrant.Refused.badRequest("unauthorized_client",
                    "This application's tokens are issued only to requests from its allowed addresses");
        }
        List<String> held = List.of(row.scopes());
        if (scope != null && !SCOPE.matcher(scope).matches()) {
            // Read as written (no trimming: String.trim would also drop NULs and control characters).
            return TokenGrant.Refused.badRequest("invalid_scope", "scope is space-separated scope tokens (RFC 6749 section 3.3)");
        }
        List<String> asked = scope == null ? held : List.copyOf(new LinkedHashSet<>(Arrays.asList(scope.split(" "))));
        Optional<String> notHeld = asked.stream().filter(s -> !held.contains(s)).findFirst();
        if (notHeld.isPresent()) {
            return TokenGrant.Refused.badRequest("invalid_scope", "This application does not hold the scope " + notHeld.get());
        }
        String token = issuer.issueForApplication(row.id(), asked, row.quotas().claims(), row.sessionId());
        return new TokenGrant.Issued(token, issuer.ttl().toSeconds(), asked);
    }

    private static boolean allows(ApplicationRow row, String address) {
        Set<String> blocks = Set.of(row.allowedAddresses());
        return blocks.isEmpty() || address != null && blocks.stream()
                .map(CidrBlock::parse).flatMap(Optional::stream).anyMatch(block -> block.contains(address));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
