package com.qeetmart.auth.partner;

import com.nimbusds.jwt.JWTClaimsSet;
import com.qeetmart.auth.api.model.ApplicationCredentials;
import com.qeetmart.auth.api.model.ApplicationRequest;
import com.qeetmart.auth.api.model.PartnerScope;
import com.qeetmart.auth.client.AccountsApi;
import com.qeetmart.auth.client.ApplicationsApi;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.auth.support.TokenRequests;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.testing.RawHttp;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client credentials grant as RFC 6749 has it, and what an application's token may reach. */
@MicronautTest(transactional = false)
class TokenEndpointTest extends AuthTest {

    private static final int CLIENT_FAILURES = 3;

    @Inject
    ApplicationsApi applications;
    @Inject
    AccountsApi accountsApi;
    TokenRequests tokens;
    String clientId;
    String secret;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(administrator());
        properties.put("auth.applications.client-failures", Integer.toString(CLIENT_FAILURES));
        properties.put("qeetmart.http.trusted-proxies", "127.0.0.1"); // the test stands for a proxy naming clients
        return properties;
    }

    @BeforeEach
    void registerAnApplication() {
        caller.use(signInAsAdministrator().getAccessToken());
        ApplicationCredentials created = applications.createApplication(new ApplicationRequest("Storefront",
                new LinkedHashSet<>(List.of(PartnerScope.CATALOG_WRITE, PartnerScope.INVENTORY_WRITE)))).body();
        clientId = created.getClientId().toString();
        secret = created.getClientSecret();
        tokens = new TokenRequests(port, json);
        caller.clear();
    }

    @Test
    void theApplicationGetsAShortLivedTokenNamingItselfAndItsScopes() {
        TokenRequests.Answer answer = tokens.clientCredentials(clientId, secret, null);
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        assertEquals("Bearer", answer.get("token_type"));
        assertEquals(900, ((Number) answer.get("expires_in")).intValue());
        assertEquals("catalog:write inventory:write", answer.get("scope"));
        assertEquals("no-store", answer.header("Cache-Control"));
        assertNull(answer.get("refresh_token"), "no refresh token in this grant");
        JWTClaimsSet claims = claimsOf(answer.get("access_token").toString());
        assertEquals(clientId, claims.getSubject());
        assertEquals(clientId, claims.getClaim("client_id"));
        assertEquals("catalog:write inventory:write", claims.getClaim("scope"));
        assertNull(claims.getClaim("roles"), "an application holds no role");
    }

    @Test
    void aScopeAskedForIsGrantedOnlyWhenHeld() {
        assertEquals("inventory:write", tokens.clientCredentials(clientId, secret, "inventory:write").get("scope"));
        TokenRequests.Answer escalation = tokens.clientCredentials(clientId, secret, "inventory:write admin");
        assertEquals(400, escalation.status());
        assertEquals("invalid_scope", escalation.get("error"));
        assertEquals("invalid_scope", tokens.clientCredentials(clientId, secret, "ADMIN").get("error"));
    }

    @Test
    void everyFailedClientAuthenticationIsTheSameAnswer() {
        for (TokenRequests.Answer answer : List.of(
                tokens.clientCredentials(clientId, "qms_wrong", null),
                tokens.clientCredentials(java.util.UUID.randomUUID().toString(), secret, null),
                tokens.clientCredentials("not-a-client", secret, null),
                tokens.send(null, "grant_type=client_credentials"),
                tokens.send("Bearer " + secret, "grant_type=client_credentials"))) {
            assertEquals(401, answer.status());
            assertEquals("invalid_client", answer.get("error"));
            assertTrue(answer.header("WWW-Authenticate").startsWith("Basic realm="), answer.header("WWW-Authenticate"));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Basic", "Basic ", "Basic !!!not-base64!!!", "Basic bm9jb2xvbg==",
            "Basic JXp6OiV6eg==", "Basic AAA6AAA=", "basic Og==", "Digest abc"})
    void aMalformedClientAuthenticationIsInvalidClientNeverAFault(String authorization) {
        // no colon; "%zz:%zz" (bad percent-encoding); NUL bytes; an empty pair; another scheme
        TokenRequests.Answer answer = tokens.send(authorization, "grant_type=client_credentials");
        assertEquals(401, answer.status(), authorization);
        assertEquals("invalid_client", answer.get("error"));
    }

    @Test
    void aRepeatedOrNulLadenParameterIsRefusedAsOAuthSays() {
        String basic = TokenRequests.basic(clientId, secret);
        TokenRequests.Answer repeated = tokens.send(basic, "grant_type=client_credentials&grant_type=password");
        assertEquals(400, repeated.status(), String.valueOf(repeated.body()));
        assertEquals("invalid_request", repeated.get("error"));
        assertEquals("invalid_request", tokens.send(basic, "grant_type=client_credentials&scope=a%3Ab&scope=c%3Ad").get("error"));
        assertEquals("invalid_request", tokens.send(basic, "grant_type=client_credentials&client_secret=" + secret).get("error"),
                "one way of authenticating the client");
        assertEquals(200, tokens.send(basic, "grant_type=client_credentials&unknown=ignored").status());
        TokenRequests.Answer nul = tokens.send(basic, "grant_type=client_credentials&scope=catalog%3Awrite%00");
        assertEquals(400, nul.status());
        assertEquals("invalid_scope", nul.get("error"));
    }

    @Test
    void anotherGrantOrNoneIsOAuthsRefusalNotAProblem() {
        TokenRequests.Answer password = tokens.send(TokenRequests.basic(clientId, secret), "grant_type=password&username=a&password=b");
        assertEquals(400, password.status());
        assertEquals("unsupported_grant_type", password.get("error"));
        assertTrue(password.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("invalid_request", tokens.send(TokenRequests.basic(clientId, secret), "scope=catalog%3Awrite").get("error"));
    }

    @Test
    void failuresThrottleOneClientFromOneAddressAloneEvenWithTheRightSecret() {
        String attacker = "198.51.100.7";
        for (int i = 0; i < CLIENT_FAILURES; i++) {
            assertEquals(401, tokens.clientCredentialsFrom(attacker, clientId, "qms_guess" + i).status());
        }
        TokenRequests.Answer throttled = tokens.clientCredentialsFrom(attacker, clientId, secret);
        assertEquals(429, throttled.status());
        assertEquals("invalid_client", throttled.get("error"));
        assertTrue(Integer.parseInt(throttled.header("Retry-After")) > 0);
        assertEquals(200, tokens.clientCredentialsFrom("203.0.113.20", clientId, secret).status(),
                "the partner's own servers, who know its client id as the attacker does, are not locked out");

        caller.use(signInAsAdministrator().getAccessToken());
        ApplicationCredentials other = applications.createApplication(new ApplicationRequest("Other",
                Set.of(PartnerScope.CATALOG_WRITE))).body();
        assertEquals(200, tokens.clientCredentialsFrom(attacker, other.getClientId().toString(), other.getClientSecret()).status(),
                "another application, from the same address, is not throttled");
    }

    @Test
    void tokensAreIssuedOnlyToTheAddressesTheApplicationAllows() {
        caller.use(signInAsAdministrator().getAccessToken());
        applications.changeApplication(java.util.UUID.fromString(clientId), new com.qeetmart.auth.api.model.ApplicationChange()
                .allowedAddresses(new LinkedHashSet<>(List.of("203.0.113.0/24", "2001:db8::/32"))));
        TokenRequests.Answer refused = tokens.clientCredentials(clientId, secret, null);
        assertEquals(400, refused.status());
        assertEquals("unauthorized_client", refused.get("error"));

        applications.changeApplication(java.util.UUID.fromString(clientId), new com.qeetmart.auth.api.model.ApplicationChange()
                .allowedAddresses(new LinkedHashSet<>(List.of("127.0.0.0/8"))));
        assertEquals(200, tokens.clientCredentials(clientId, secret, null).status());
    }

    @Test
    void anApplicationsTokenReachesNoOperationItsScopesDoNotOpen() throws Exception {
        String token = tokens.clientCredentials(clientId, secret, null).get("access_token").toString();
        caller.use(token);
        Problem problem = problemOf(403, () -> accountsApi.getCurrentAccount());
        assertEquals("INSUFFICIENT_SCOPE", problem.getCode());
        assertEquals("/problems/insufficient-scope", problem.getType());
        RawHttp.Answer answer = answerTo(RawHttp.get("/auth/me", "Authorization: Bearer " + token + "\r\n"));
        assertEquals("Bearer error=\"insufficient_scope\"", answer.header("WWW-Authenticate"), "no scope opens it: none is named");
    }
}
