package com.qeetmart.sdk.pact;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.qeetmart.sdk.QeetMart;
import com.qeetmart.sdk.RetryPolicy;
import com.qeetmart.sdk.auth.model.Credentials;
import com.qeetmart.sdk.auth.model.TokenPair;
import com.qeetmart.sdk.users.model.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** What the Java SDK relies on from auth (sign-up, sign-in) and users (the caller's profile). */
@ExtendWith(PactConsumerTestExt.class)
class AuthAndUsersPactTest {

    static final String EMAIL = "pact-buyer@example.com";
    static final String PASSWORD = "a long pact password";

    @Pact(provider = "auth", consumer = "qeetmart-sdk-java")
    RequestResponsePact register(PactDslWithProvider builder) {
        return builder.given("no account for " + EMAIL)
                .uponReceiving("a registration")
                .path("/auth/register").method("POST").matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("email", EMAIL).stringValue("password", PASSWORD))
                .willRespondWith().status(201).body(tokenPair())
                .toPact();
    }

    @Test
    @PactTestFor(providerName = "auth", pactMethod = "register", pactVersion = PactSpecVersion.V3)
    void registersAndGetsTokens(MockServer server) throws Exception {
        TokenPair tokens = sdk(server, null).accounts().register(new Credentials().email(EMAIL).password(PASSWORD));

        assertNotNull(tokens.getAccessToken());
        assertNotNull(tokens.getRefreshToken());
    }

    @Pact(provider = "auth", consumer = "qeetmart-sdk-java")
    RequestResponsePact login(PactDslWithProvider builder) {
        return builder.given("an account " + EMAIL + " with password " + PASSWORD)
                .uponReceiving("a sign-in")
                .path("/auth/login").method("POST").matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("email", EMAIL).stringValue("password", PASSWORD))
                .willRespondWith().status(200).body(tokenPair())
                .toPact();
    }

    @Test
    @PactTestFor(providerName = "auth", pactMethod = "login", pactVersion = PactSpecVersion.V3)
    void signsIn(MockServer server) throws Exception {
        TokenPair tokens = sdk(server, null).sessions().login(new Credentials().email(EMAIL).password(PASSWORD));

        assertEquals("Bearer", tokens.getTokenType().getValue());
    }

    @Pact(provider = "users", consumer = "qeetmart-sdk-java")
    RequestResponsePact myProfile(PactDslWithProvider builder) {
        return builder.given("a signed-in user")
                .uponReceiving("a request for the caller's profile")
                .path("/users/me").method("GET")
                .matchHeader("Authorization", "Bearer .+", "Bearer pact-token")
                .willRespondWith().status(200)
                .body(new PactDslJsonBody().uuid("id").stringType("email", "ada@example.com").integerType("version", 1)
                        .stringMatcher("createdAt", Shapes.TIMESTAMP, "2026-01-01T00:00:00Z")
                        .stringMatcher("updatedAt", Shapes.TIMESTAMP, "2026-01-01T00:00:00Z"))
                .toPact();
    }

    @Test
    @PactTestFor(providerName = "users", pactMethod = "myProfile", pactVersion = PactSpecVersion.V3)
    void readsTheCallersProfile(MockServer server) throws Exception {
        Profile profile = sdk(server, "pact-token").profiles().getMyProfile();

        assertNotNull(profile.getId());
        assertNotNull(profile.getEmail());
    }

    private static PactDslJsonBody tokenPair() {
        return new PactDslJsonBody().stringType("accessToken", "eyJhbGciOiJSUzI1NiJ9.e30.sig")
                .stringType("refreshToken", "opaque-refresh-token").stringValue("tokenType", "Bearer")
                .integerType("expiresIn", 900);
    }

    private static QeetMart sdk(MockServer server, String token) {
        QeetMart.Builder builder = QeetMart.builder().baseUrl(server.getUrl()).retryPolicy(RetryPolicy.none());
        return (token == null ? builder : builder.accessToken(token)).build();
    }
}
