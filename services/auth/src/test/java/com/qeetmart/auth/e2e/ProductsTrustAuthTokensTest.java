package com.qeetmart.auth.e2e;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.qeetmart.auth.api.model.Role;
import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.auth.client.AdministrationApi;
import com.qeetmart.auth.client.SigningKeysApi;
import com.qeetmart.platform.testing.Eventually;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.auth.token.KeyRing;
import com.qeetmart.common.api.model.Money;
import com.qeetmart.platform.testing.FreePort;
import com.qeetmart.platform.testing.TestDatabase;
import com.qeetmart.products.api.model.ProductInput;
import com.qeetmart.products.client.ProductsApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real product service, as its own process, trusting this auth service through its JWKS
 * alone: tokens auth issues work there; forged, expired, unsigned and refresh tokens do not, and
 * a token whose session has ended (sign-out, a role revoked) stops there within five seconds.
 */
@MicronautTest(transactional = false)
class ProductsTrustAuthTokensTest extends AuthTest {

    static final TestDatabase PRODUCT_DB = TestDatabase.forService("products", "product_test");

    final int productsPort = FreePort.find();
    final int productsManagementPort = FreePort.find();
    Process products;

    @Inject
    ProductsApi catalog;
    @Inject
    KeyRing keyRing;
    @Inject
    AdministrationApi administration;
    @Inject
    SigningKeysApi signingKeys;
    @Inject
    com.qeetmart.auth.client.ApplicationsApi applications;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new java.util.HashMap<>(administrator());
        properties.put("micronaut.http.services.products.url", "http://127.0.0.1:" + productsPort);
        return properties;
    }

    @BeforeAll
    void startProducts() throws Exception {
        File jar = new File("../products/target/products-" + System.getProperty("qeetmart.version") + ".jar");
        assertTrue(jar.isFile(), "build the products service first: " + jar.getAbsolutePath());
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar", jar.getPath())
                .redirectErrorStream(true).redirectOutput(new File("target/products-e2e.log"));
        Map<String, String> env = builder.environment();
        env.put("PRODUCTS_PORT", String.valueOf(productsPort));
        env.put("MANAGEMENT_PORT", String.valueOf(productsManagementPort));
        env.put("PRODUCTS_DB_URL", PRODUCT_DB.url());
        env.put("AUTH_JWKS_URL", "http://127.0.0.1:" + port + "/auth/.well-known/jwks.json");
        env.put("AUTH_JWKS_REFRESH", "2s"); // as auth's tests publish keys: 2 s + 3 s before they sign
        env.put("AUTH_REVOCATIONS_URL", "http://127.0.0.1:" + port + "/auth/revocations");
        // No Redis: products learns of new keys and ended sessions from auth's feed and its own
        // JWKS refresh alone, so what these tests show holds without the fast path.
        env.put("REDIS_URL", "");
        env.put("LOG_LEVEL", "WARN");
        products = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + productsManagementPort + "/health/readiness")).build();
        Eventually.await("the products service to be ready (see target/products-e2e.log)", Duration.ofSeconds(90), () -> {
            assertTrue(products.isAlive(), "the products service exited; see target/products-e2e.log");
            try {
                return http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (java.io.IOException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    @AfterAll
    void stopProducts() {
        if (products != null) {
            products.destroy();
        }
    }

    private TokenPair admin() {
        return signInAsAdministrator();
    }

    private int createProductWith(String token) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + productsPort + "/products"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"name\": \"E2E\", \"price\": {\"amount\": \"1\", \"currency\": \"EUR\"}}"))
                    .build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void adminTokenFromAuthCreatesAProductAndAUserTokenIsForbidden() {
        caller.use(admin().getAccessToken());
        assertEquals(201, catalog.createProduct(new ProductInput("Boot", new Money("10", "EUR")), null).code());
        assertEquals(403, createProductWith(register(uniqueEmail()).getAccessToken()));
    }

    @Test
    void aPartnerApplicationsTokenWorksThereWithinItsScopeAndStopsWithinFiveSecondsOfItsDeletion() {
        caller.use(admin().getAccessToken());
        com.qeetmart.auth.api.model.ApplicationCredentials app = applications.createApplication(
                new com.qeetmart.auth.api.model.ApplicationRequest("E2E storefront",
                        java.util.Set.of(com.qeetmart.auth.api.model.PartnerScope.CATALOG_WRITE))).body();
        com.qeetmart.auth.support.TokenRequests tokens = new com.qeetmart.auth.support.TokenRequests(port, json);
        String token = tokens.clientCredentials(app.getClientId().toString(), app.getClientSecret(), null)
                .get("access_token").toString();
        assertEquals(201, createProductWith(token), "catalog:write opens product creation");

        applications.deleteApplication(app.getClientId());
        Instant deleted = Instant.now();
        Eventually.await("the deleted application's token to stop at products", Duration.ofSeconds(10),
                () -> createProductWith(token) == 401);
        assertTrue(Duration.between(deleted, Instant.now()).toMillis() <= 5_000, "within five seconds");
    }

    @Test
    void refreshTokenIsRefusedByProducts() {
        assertEquals(401, createProductWith(admin().getRefreshToken()));
    }

    @Test
    void tamperedUnsignedAndExpiredTokensAreRefusedByProducts() throws Exception {
        String good = admin().getAccessToken();
        String[] parts = good.split("\\.");
        Map<String, Object> claims = new HashMap<>(SignedJWT.parse(good).getJWTClaimsSet().toJSONObject());
        claims.put("sub", java.util.UUID.randomUUID().toString());
        String forgedPayload = b64(com.nimbusds.jose.util.JSONObjectUtils.toJSONString(claims));

        assertEquals(401, createProductWith(parts[0] + "." + forgedPayload + "." + parts[2]));
        assertEquals(401, createProductWith(b64("{\"alg\":\"none\"}") + "." + parts[1] + "."));
        assertEquals(401, createProductWith(b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1]));

        JWTClaimsSet expired = new JWTClaimsSet.Builder(SignedJWT.parse(good).getJWTClaimsSet())
                .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(30))))
                .notBeforeTime(Date.from(Instant.now().minus(Duration.ofMinutes(30))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(15)))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(keyRing.signingKey().getKeyID()).type(JOSEObjectType.JWT).build(), expired);
        jwt.sign(new RSASSASigner(keyRing.signingKey()));
        assertEquals(401, createProductWith(jwt.serialize()));
    }

    @Test
    void aKeyRotatedWhileMadeUpKeyIdsFloodProductsNeverGetsAValidTokenRefused() throws Exception {
        TokenPair before = admin();
        ForgedKeyIdFlood flood = new ForgedKeyIdFlood(this::createProductWith, claimsOf(before.getAccessToken()));
        try (flood) {
            flood.start();
            caller.use(before.getAccessToken());
            String rotated = signingKeys.rotateSigningKey(null).body().getKid();
            List<String> refused = new ArrayList<>();
            int signedWithNewKey = 0;
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (signedWithNewKey < 5 && Instant.now().isBefore(deadline)) {
                String token = login(ADMIN_EMAIL, ADMIN_PASSWORD).getAccessToken();
                int status = createProductWith(token);
                if (status != 201) {
                    refused.add(kidOf(token) + " -> " + status + " at " + Instant.now());
                }
                signedWithNewKey += rotated.equals(kidOf(token)) ? 1 : 0;
            }
            assertEquals(5, signedWithNewKey, "the rotated key never signed");
            assertEquals(List.of(), refused, "valid tokens refused during the rotation");
            assertEquals(201, createProductWith(before.getAccessToken()), "a token of the retired key");
            assertTrue(flood.refusedAll(), "every forged token refused: " + flood);
            assertTrue(flood.sent() > 20, "the flood ran: " + flood);
        }
    }

    @Test
    void aSignedOutSessionsTokenStopsAtProductsWithinFiveSeconds() {
        TokenPair admin = admin();
        assertEquals(201, createProductWith(admin.getAccessToken())); // now remembered there as valid
        caller.use(admin.getAccessToken());
        assertEquals(204, sessions.logout().code());

        assertRefusedWithinFiveSeconds(admin.getAccessToken());
    }

    @Test
    void anAdminWhoseRoleIsRevokedCanNoLongerCreateProductsWithinFiveSeconds() {
        String email = uniqueEmail();
        TokenPair user = register(email);
        UUID userId = UUID.fromString(claimsOf(user.getAccessToken()).getSubject());
        caller.use(admin().getAccessToken());
        administration.grantRole(userId, Role.ADMIN);
        TokenPair promoted = login(email, PASSWORD);
        assertEquals(201, createProductWith(promoted.getAccessToken()));

        administration.revokeRole(userId, Role.ADMIN);

        assertRefusedWithinFiveSeconds(promoted.getAccessToken());
    }

    private void assertRefusedWithinFiveSeconds(String token) {
        Eventually.await("products to refuse the token of an ended session", Duration.ofSeconds(5),
                () -> createProductWith(token), status -> status == 401);
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
