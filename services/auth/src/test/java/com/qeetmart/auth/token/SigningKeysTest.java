package com.qeetmart.auth.token;

import com.qeetmart.auth.api.model.JsonWebKey;
import com.qeetmart.auth.api.model.SigningKey;
import com.qeetmart.auth.api.model.SigningKeyState;
import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.auth.client.KeysApi;
import com.qeetmart.auth.client.SigningKeysApi;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.platform.testing.Eventually;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.qeetmart.platform.testing.ProblemAssertions.problemOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class SigningKeysTest extends AuthTest {

    @Inject
    KeysApi keys;
    @Inject
    SigningKeysApi signingKeys;

    @Override
    protected Map<String, String> extraProperties() {
        return administrator();
    }

    private List<String> publishedKids() {
        return keys.getJwks().body().getKeys().stream().map(JsonWebKey::getKid).toList();
    }

    private static int statusOfMe(EmbeddedServer server, String accessToken) {
        try (HttpClient client = HttpClient.create(server.getURL())) {
            return client.toBlocking().exchange(HttpRequest.GET("/auth/me").bearerAuth(accessToken)).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    private SigningKey rotateAsAdministrator() {
        caller.use(signInAsAdministrator().getAccessToken());
        return signingKeys.rotateSigningKey(null).body();
    }

    @Test
    void jwksPublishesOnlyPublicKeyMaterial() throws Exception {
        try (HttpClient client = HttpClient.create(java.net.URI.create("http://127.0.0.1:" + port).toURL())) {
            String json = client.toBlocking().retrieve("/auth/.well-known/jwks.json");
            for (String privatePart : List.of("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"")) {
                assertTrue(!json.contains(privatePart), json);
            }
        }
        assertEquals("RS256", keys.getJwks().body().getKeys().get(0).getAlg());
    }

    @Test
    void aRotatedKeyIsPublishedAtOnceAndSignsOnlyAfterTheLead() {
        TokenPair before = register(uniqueEmail());
        SigningKey rotated = rotateAsAdministrator();

        assertEquals(SigningKeyState.PUBLISHED, rotated.getState());
        assertEquals(KEY_LEAD, Duration.between(rotated.getPublishedAt(), rotated.getSignsFrom()));
        assertTrue(publishedKids().contains(rotated.getKid()), "published before it signs");
        TokenPair early = refreshWith(before);
        if (java.time.OffsetDateTime.now().isBefore(rotated.getSignsFrom().minusNanos(1_000_000))) {
            assertTrue(!rotated.getKid().equals(kidOf(early.getAccessToken())), "a token signed before the key's time");
        }

        TokenPair after = Eventually.await("the rotated key to sign", Duration.ofSeconds(30),
                () -> login(ADMIN_EMAIL, ADMIN_PASSWORD), tokens -> rotated.getKid().equals(kidOf(tokens.getAccessToken())));
        assertTrue(!java.time.OffsetDateTime.now().isBefore(rotated.getSignsFrom()), "signed only from its time");
        caller.use(before.getAccessToken());
        assertEquals(200, accounts.getCurrentAccount().code(), "tokens of the retired key still verify");
        caller.use(after.getAccessToken());
        SigningKey current = signingKeys.listSigningKeys().body().getItems().get(0);
        assertEquals(rotated.getKid(), current.getKid());
        assertEquals(SigningKeyState.SIGNING, current.getState());
        SigningKey retired = signingKeys.listSigningKeys().body().getItems().stream()
                .filter(key -> key.getKid().equals(kidOf(before.getAccessToken()))).findFirst().orElseThrow();
        assertEquals(SigningKeyState.RETIRED, retired.getState());
        assertEquals(rotated.getSignsFrom(), retired.getRetiredAt());
        assertEquals(Duration.ofMinutes(16), Duration.between(retired.getRetiredAt(), retired.getLeavesAt()),
                "the access token lifetime plus a minute of clock skew");
    }

    @Test
    void onlyAdministratorsSeeAndRotateKeys() {
        caller.use(register(uniqueEmail()).getAccessToken());
        assertEquals("FORBIDDEN", problemOf(403, () -> signingKeys.rotateSigningKey(null)).getCode());
        assertEquals("FORBIDDEN", problemOf(403, () -> signingKeys.listSigningKeys()).getCode());
        caller.clear();
        problemOf(401, () -> signingKeys.listSigningKeys());
    }

    private TokenPair refreshWith(TokenPair tokens) {
        return sessions.refreshTokens(new com.qeetmart.auth.api.model.RefreshRequest(tokens.getRefreshToken())).body();
    }

    @Test
    void aRestartKeepsIssuedTokensValid() {
        TokenPair tokens = register(uniqueEmail());
        try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, sameDatabase(Map.of()))) {
            assertEquals(200, statusOfMe(restarted, tokens.getAccessToken()));
        }
    }

    @Test
    void aConfiguredKeySignsIsPublishedBesideTheStoredOnesAndIsNotRotatedHere() {
        String pem = RsaKeys.generatePem();
        String kid = RsaKeys.fromPem(pem).getKeyID();
        TokenPair older = register(uniqueEmail());
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, sameDatabase(Map.of("auth.signing-key-pem", pem)));
             HttpClient client = HttpClient.create(server.getURL())) {
            String jwks = client.toBlocking().retrieve("/auth/.well-known/jwks.json");
            assertTrue(jwks.contains(kid), jwks);
            String email = uniqueEmail();
            TokenPair fresh = client.toBlocking().retrieve(HttpRequest.POST("/auth/register",
                    "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}"), TokenPair.class);
            assertEquals(kid, kidOf(fresh.getAccessToken()));
            assertEquals(200, statusOfMe(server, older.getAccessToken()));

            String admin = client.toBlocking().retrieve(HttpRequest.POST("/auth/login",
                    "{\"email\": \"" + ADMIN_EMAIL + "\", \"password\": \"" + ADMIN_PASSWORD + "\"}"), TokenPair.class).getAccessToken();
            HttpClientResponseException refused = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(HttpRequest.POST("/auth/signing-keys", "").bearerAuth(admin)));
            assertEquals(409, refused.code());
            assertTrue(refused.getResponse().getBody(String.class).orElse("").contains("/problems/signing-key-configured"));
        }
    }

    private Map<String, Object> sameDatabase(Map<String, Object> more) {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of("micronaut.server.port", "-1",
                "endpoints.all.port", String.valueOf(com.qeetmart.platform.testing.FreePort.find()), "datasources.default.url", DB.url()));
        properties.putAll(administrator());
        properties.putAll(more);
        return properties;
    }
}
