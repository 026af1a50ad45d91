package com.qeetmart.auth.partner;

import com.qeetmart.auth.api.model.ApplicationChange;
import com.qeetmart.auth.api.model.ApplicationCredentials;
import com.qeetmart.auth.api.model.ApplicationQuotas;
import com.qeetmart.auth.api.model.ApplicationRequest;
import com.qeetmart.auth.api.model.PartnerApplication;
import com.qeetmart.auth.api.model.PartnerScope;
import com.qeetmart.auth.client.ApplicationsApi;
import com.qeetmart.auth.client.RevocationsApi;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.auth.support.TokenRequests;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.testing.Eventually;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Administrators register partner applications; what each change does to its secrets and tokens. */
@MicronautTest(transactional = false)
class ApplicationsTest extends AuthTest {

    @Inject
    ApplicationsApi applications;
    @Inject
    RevocationsApi revocations;
    TokenRequests tokens;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new java.util.HashMap<>(administrator());
        properties.put("auth.applications.secret-overlap", "3s");
        return properties;
    }

    @BeforeEach
    void actAsAdministrator() {
        caller.use(signInAsAdministrator().getAccessToken());
        tokens = new TokenRequests(port, json);
    }

    private ApplicationCredentials register(String name, PartnerScope... scopes) {
        HttpResponse<ApplicationCredentials> created = applications.createApplication(
                new ApplicationRequest(name, new LinkedHashSet<>(List.of(scopes))));
        assertEquals(201, created.code());
        assertEquals("/auth/applications/" + created.body().getClientId(), created.header("Location"));
        return created.body();
    }

    @Test
    void theSecretIsShownOnceAndKeptOnlyAsItsHash() {
        ApplicationCredentials created = register("Storefront", PartnerScope.CATALOG_WRITE);
        String secret = created.getClientSecret();
        assertTrue(secret.startsWith("qms_") && secret.length() > 40, secret);

        PartnerApplication read = applications.getApplication(created.getClientId()).body();
        assertEquals(List.of(PartnerScope.CATALOG_WRITE), read.getScopes());
        assertEquals(1, read.getSecrets().size());
        assertNull(read.getSecrets().get(0).getExpiresAt());
        assertFalse(read.toString().contains(secret), "never shown again");
        assertEquals(1, DB.count("SELECT count(*) FROM application_secret WHERE encode(secret_hash, 'hex') = '"
                + HexFormat.of().formatHex(com.qeetmart.auth.token.OpaqueTokens.hash(secret)) + "'"));
        assertEquals(0, DB.count("SELECT count(*) FROM application_secret WHERE position('" + secret + "' in encode(secret_hash, 'escape')) > 0"));
        assertEquals(List.of(created.getClientId()), applications.listApplications().body().getItems().stream()
                .map(PartnerApplication::getClientId).toList());
    }

    @Test
    void onlyAnAdministratorRegistersApplications() {
        caller.use(register(uniqueEmail()).getAccessToken());
        Problem problem = problemOf(403, () -> applications.createApplication(
                new ApplicationRequest("Mine", Set.of(PartnerScope.CATALOG_WRITE))));
        assertEquals("FORBIDDEN", problem.getCode());
    }

    @Test
    void afterARotationBothSecretsWorkForTheOverlapThenOnlyTheNewOne() {
        ApplicationCredentials created = register("Rotating", PartnerScope.CATALOG_WRITE);
        String old = created.getClientSecret();
        ApplicationCredentials rotated = applications.rotateApplicationSecret(created.getClientId()).body();
        String fresh = rotated.getClientSecret();
        assertNotEquals(old, fresh);
        OffsetDateTime end = rotated.getPreviousSecretsExpireAt();
        assertNotNull(end);
        assertEquals(2, rotated.getApplication().getSecrets().size());

        String clientId = created.getClientId().toString();
        assertEquals(200, tokens.clientCredentials(clientId, old, null).status(), "the old secret, within the overlap");
        assertEquals(200, tokens.clientCredentials(clientId, fresh, null).status());
        Eventually.await("the old secret stops at the overlap's end", Duration.ofSeconds(15),
                () -> tokens.clientCredentials(clientId, old, null).status() == 401);
        assertTrue(OffsetDateTime.now().isAfter(end.minusSeconds(1)), "not before the stated end");
        assertEquals(200, tokens.clientCredentials(clientId, fresh, null).status());
    }

    @Test
    void aChangeOfScopesEndsTheTokensItHeldAndANameChangeDoesNot() {
        ApplicationCredentials created = register("Changing", PartnerScope.CATALOG_WRITE);
        String clientId = created.getClientId().toString();
        String firstSession = claimsOf(tokenOf(clientId, created.getClientSecret())).getClaim("sid").toString();

        applications.changeApplication(created.getClientId(), new ApplicationChange().name("Renamed"));
        assertEquals(firstSession, claimsOf(tokenOf(clientId, created.getClientSecret())).getClaim("sid").toString());

        PartnerApplication changed = applications.changeApplication(created.getClientId(),
                new ApplicationChange().scopes(Set.of(PartnerScope.INVENTORY_WRITE))).body();
        assertEquals("Renamed", changed.getName());
        assertEquals(List.of(PartnerScope.INVENTORY_WRITE), changed.getScopes());
        assertTrue(revokedSessions().contains(UUID.fromString(firstSession)), "its earlier tokens are on the revocation feed");
        String token = tokenOf(clientId, created.getClientSecret());
        assertNotEquals(firstSession, claimsOf(token).getClaim("sid").toString());
        assertEquals("inventory:write", claimsOf(token).getClaim("scope"));
    }

    @Test
    void aDeletedApplicationsTokensAreRevokedAndItsSecretNoLongerWorks() {
        ApplicationCredentials created = register("Leaving", PartnerScope.CATALOG_WRITE);
        String clientId = created.getClientId().toString();
        String session = claimsOf(tokenOf(clientId, created.getClientSecret())).getClaim("sid").toString();

        assertEquals(204, applications.deleteApplication(created.getClientId()).code());
        assertTrue(revokedSessions().contains(UUID.fromString(session)));
        assertEquals(401, tokens.clientCredentials(clientId, created.getClientSecret(), null).status());
        assertEquals(0, DB.count("SELECT count(*) FROM application_secret"));
        assertEquals("NOT_FOUND", problemOf(404, () -> applications.deleteApplication(created.getClientId())).getCode());
    }

    @Test
    void aQuotaSetByTheAdministratorTravelsInItsTokensAndAChangeOfItEndsThem() {
        ApplicationCredentials created = applications.createApplication(new ApplicationRequest("Quota", Set.of(PartnerScope.CATALOG_WRITE))
                .quotas(new ApplicationQuotas().requestsPerMinute(120).liveReservations(50).unitsPerProduct(3))).body();
        String clientId = created.getClientId().toString();
        assertEquals(120, created.getApplication().getQuotas().getRequestsPerMinute());
        String token = tokenOf(clientId, created.getClientSecret());
        assertEquals(120L, ((Number) claimsOf(token).getClaim("rate_limit")).longValue(), "the gateway reads it from the token");
        assertEquals(50L, ((Number) claimsOf(token).getClaim("live_reservations")).longValue(), "inventory reads these");
        assertEquals(3L, ((Number) claimsOf(token).getClaim("units_per_product")).longValue());

        PartnerApplication changed = applications.changeApplication(created.getClientId(),
                new ApplicationChange().quotas(new ApplicationQuotas().requestsPerMinute(600))).body();
        assertEquals(600, changed.getQuotas().getRequestsPerMinute());
        assertEquals(50, changed.getQuotas().getLiveReservations(), "a quota left out of a change stays");
        assertTrue(revokedSessions().contains(UUID.fromString(claimsOf(token).getClaim("sid").toString())),
                "the tokens carrying the old quota are ended");
        assertEquals(600L, ((Number) claimsOf(tokenOf(clientId, created.getClientSecret())).getClaim("rate_limit")).longValue());

        ApplicationCredentials unlimited = register("Default quota", PartnerScope.CATALOG_WRITE);
        assertNull(unlimited.getApplication().getQuotas().getRequestsPerMinute(), "the platform's default");
        assertNull(claimsOf(tokenOf(unlimited.getClientId().toString(), unlimited.getClientSecret())).getClaim("rate_limit"));
    }

    @Test
    void anAddressBlockThatIsNoneIsRefusedNamingIt() {
        ApplicationRequest request = new ApplicationRequest("Addresses", Set.of(PartnerScope.CATALOG_WRITE))
                .allowedAddresses(new LinkedHashSet<>(List.of("10.0.0.0/8", "10.1", "storefront.example")));
        Problem problem = problemOf(422, () -> applications.createApplication(request));
        assertEquals("ADDRESS_BLOCK_INVALID", problem.getCode());
        assertEquals("allowedAddresses[1]", problem.getErrors().get(0).getField());
        assertEquals(0, DB.count("SELECT count(*) FROM application"));
    }

    private String tokenOf(String clientId, String secret) {
        TokenRequests.Answer answer = tokens.clientCredentials(clientId, secret, null);
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        return answer.get("access_token").toString();
    }

    private List<UUID> revokedSessions() {
        return revocations.listRevocations(null, null).body().getRevocations().stream()
                .map(com.qeetmart.auth.api.model.Revocation::getSessionId).toList();
    }
}
