package com.qeetmart.sdk;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.qeetmart.sdk.invoker.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the Java SDK relies on from auth's token endpoint when it calls as a partner application:
 * the client credentials grant over HTTP Basic, answered with OAuth's token JSON. (Here, beside
 * the token source it exercises, which is the SDK's own and not public.)
 */
@ExtendWith(PactConsumerTestExt.class)
class ClientCredentialsPactTest {

    static final String CLIENT_ID = "00000000-0000-4000-8000-00000000a11c";
    static final String CLIENT_SECRET = "qms_pact-client-secret";

    @Pact(provider = "auth", consumer = "qeetmart-sdk-java")
    RequestResponsePact clientCredentials(PactDslWithProvider builder) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        return builder.given("an application " + CLIENT_ID + " with secret " + CLIENT_SECRET + " holding catalog:write")
                .uponReceiving("a partner application's token request")
                .path("/auth/oauth2/token").method("POST")
                .matchHeader("Content-Type", "application/x-www-form-urlencoded.*", "application/x-www-form-urlencoded")
                .matchHeader("Authorization", java.util.regex.Pattern.quote(basic), basic)
                .body("grant_type=client_credentials", "application/x-www-form-urlencoded")
                .willRespondWith().status(200)
                .body(new PactDslJsonBody().stringType("access_token", "eyJhbGciOiJSUzI1NiJ9.e30.sig")
                        .stringValue("token_type", "Bearer").integerType("expires_in", 900).stringValue("scope", "catalog:write"))
                .toPact();
    }

    @Test
    @PactTestFor(providerName = "auth", pactMethod = "clientCredentials", pactVersion = PactSpecVersion.V3)
    void fetchesAnApplicationsToken(MockServer server) {
        ClientCredentialsSession session = new ClientCredentialsSession(HttpClient.newHttpClient(), server.getUrl(), CLIENT_ID,
                CLIENT_SECRET, new String[0], ApiClient.createDefaultObjectMapper(), Clock.systemUTC(), Duration.ofSeconds(10));

        assertEquals("eyJhbGciOiJSUzI1NiJ9.e30.sig", session.accessToken());
    }
}
