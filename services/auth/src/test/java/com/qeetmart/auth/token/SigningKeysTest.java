package com.qeetmart.auth.token;

import com.nimbusds.jose.jwk.RSAKey;
import com.qeetmart.auth.api.model.JsonWebKey;
import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.auth.client.KeysApi;
import com.qeetmart.auth.support.AuthTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class SigningKeysTest extends AuthTest {

    @Inject
    KeysApi keys;
    @Inject
    KeyRing keyRing;

    private List<String> publishedKids() {
        return keys.getJwks().body().getKeys().stream().map(JsonWebKey::getKid).toList();
    }

    private static int statusOfMe(EmbeddedServer server, String accessToken) {
        try (HttpClient client = HttpClient.create(server.getURL())) {
            return client.toBlocking().exchange(HttpRequest.GET("/auth/me").bearerAuth(accessToken)).code();
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            return e.code();
        }
    }

    @Test
    void jwksPublishesOnlyPublicKeyMaterial() {
        try (HttpClient client = HttpClient.create(java.net.URI.create("http://127.0.0.1:" + port).toURL())) {
            String json = client.toBlocking().retrieve("/auth/.well-known/jwks.json");
            for (String privatePart : List.of("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"")) {
                assertTrue(!json.contains(privatePart), json);
            }
        } catch (java.net.MalformedURLException e) {
            throw new AssertionError(e);
        }
        assertEquals("RS256", keys.getJwks().body().getKeys().get(0).getAlg());
    }

    @Test
    void afterRotationNewTokensUseTheNewKeyAndOldTokensStillVerify() {
        TokenPair before = register(uniqueEmail());
        RSAKey rotated = keyRing.rotate();
        TokenPair after = refreshWith(before);

        assertEquals(rotated.getKeyID(), kidOf(after.getAccessToken()));
        assertNotEquals(kidOf(before.getAccessToken()), kidOf(after.getAccessToken()));
        assertTrue(publishedKids().containsAll(List.of(kidOf(before.getAccessToken()), rotated.getKeyID())));
        caller.use(before.getAccessToken());
        assertEquals(200, accounts.getCurrentAccount().code());
    }

    private TokenPair refreshWith(TokenPair tokens) {
        return sessions.refreshTokens(new com.qeetmart.auth.api.model.RefreshRequest(tokens.getRefreshToken())).body();
    }

    @Test
    void aRestartKeepsIssuedTokensValid() {
        TokenPair tokens = register(uniqueEmail());
        Map<String, Object> sameDatabase = Map.of("micronaut.server.port", "-1", "endpoints.all.port", String.valueOf(com.qeetmart.platform.testing.FreePort.find()), "datasources.default.url", DB.url());
        try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, sameDatabase)) {
            assertEquals(200, statusOfMe(restarted, tokens.getAccessToken()));
        }
    }

    @Test
    void aConfiguredKeySignsAndIsPublishedBesideTheStoredOnes() {
        String pem = RsaKeys.generatePem();
        String kid = RsaKeys.fromPem(pem).getKeyID();
        Map<String, Object> configured = Map.of("micronaut.server.port", "-1", "endpoints.all.port", String.valueOf(com.qeetmart.platform.testing.FreePort.find()), "datasources.default.url", DB.url(),
                "auth.signing-key-pem", pem);
        TokenPair older = register(uniqueEmail());
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, configured);
             HttpClient client = HttpClient.create(server.getURL())) {
            String jwks = client.toBlocking().retrieve("/auth/.well-known/jwks.json");
            assertTrue(jwks.contains(kid), jwks);
            String email = uniqueEmail();
            TokenPair fresh = client.toBlocking().retrieve(HttpRequest.POST("/auth/register",
                    "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}"), TokenPair.class);
            assertEquals(kid, kidOf(fresh.getAccessToken()));
            assertEquals(200, statusOfMe(server, older.getAccessToken()));
        }
    }
}
