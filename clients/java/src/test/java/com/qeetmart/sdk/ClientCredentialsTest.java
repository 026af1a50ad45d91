package com.qeetmart.sdk;

import com.qeetmart.sdk.StubApi.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A partner backend's identity: client credentials the SDK turns into tokens, or a token it is given. */
class ClientCredentialsTest {

    private static final String CATEGORIES = "GET /categories";
    private static final String PAGE = "{\"items\":[],\"page\":{\"number\":0,\"size\":20,\"totalElements\":0,"
            + "\"totalElementsExact\":true,\"totalPages\":0,\"hasNext\":false}}";

    private final StubApi api = new StubApi();
    private final MutableClock clock = new MutableClock();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theApplicationsTokenIsFetchedOnceWithBasicAuthenticationAndSent() {
        api.on("POST /auth/oauth2/token", token("app-1", 900)).on(CATEGORIES, Answer.json(200, PAGE));
        QeetMart sdk = sdk("catalog:write");

        sdk.categories().listCategories(null, null, null);
        sdk.categories().listCategories(null, null, null);

        List<StubApi.Seen> fetches = api.seen("POST", "/auth/oauth2/token");
        assertEquals(1, fetches.size());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("client-1:qms_secret".getBytes(StandardCharsets.UTF_8)),
                fetches.get(0).authorization());
        assertEquals("grant_type=client_credentials&scope=catalog%3Awrite", fetches.get(0).body());
        assertTrue(fetches.get(0).header("Content-Type").startsWith("application/x-www-form-urlencoded"));
        assertEquals("Bearer app-1", api.seen("GET", "/categories").get(1).authorization());
    }

    @Test
    void aTokenIsFetchedAgainShortlyBeforeItExpires() {
        api.on("POST /auth/oauth2/token", token("app-1", 900), token("app-2", 900)).on(CATEGORIES, Answer.json(200, PAGE));
        QeetMart sdk = sdk();
        sdk.categories().listCategories(null, null, null);
        clock.advance(Duration.ofSeconds(869));
        sdk.categories().listCategories(null, null, null);
        clock.advance(Duration.ofSeconds(2));
        sdk.categories().listCategories(null, null, null);

        assertEquals(List.of("Bearer app-1", "Bearer app-1", "Bearer app-2"),
                api.seen("GET", "/categories").stream().map(StubApi.Seen::authorization).toList());
    }

    @Test
    void callsWaitingTogetherShareOneFetch() throws Exception {
        api.on("POST /auth/oauth2/token", token("app-1", 900)).on(CATEGORIES, Answer.json(200, PAGE));
        QeetMart sdk = sdk();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> sdk.categories().listCategories(null, null, null));
            }
            for (Future<Object> call : callers.invokeAll(calls)) {
                call.get();
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals(1, api.seen("POST", "/auth/oauth2/token").size());
        assertEquals(8, api.seen("GET", "/categories").size());
    }

    @Test
    void aRefusedTokenIsReplacedAndTheCallRepeated() {
        api.on("POST /auth/oauth2/token", token("app-1", 900), token("app-2", 900))
                .on(CATEGORIES, Answer.problem(401, "UNAUTHORIZED", Map.of()), Answer.json(200, PAGE));
        sdk().categories().listCategories(null, null, null);
        assertEquals("Bearer app-2", api.seen("GET", "/categories").get(1).authorization());
    }

    @Test
    void aWrongSecretIsAnAuthenticationErrorWithOAuthsCode() {
        api.on("POST /auth/oauth2/token", Answer.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"));
        AuthenticationException refused = assertThrows(AuthenticationException.class, () -> sdk().categories().listCategories(null, null, null));
        assertEquals("INVALID_CLIENT", refused.code());
        assertEquals("Client authentication failed", refused.detail());
        assertEquals(0, api.seen("GET", "/categories").size(), "no call goes out without a token");
    }

    @Test
    void aProvidedTokenIsAskedForEachCallAndOnceMoreAfterARefusal() {
        AtomicInteger asked = new AtomicInteger();
        api.on(CATEGORIES, Answer.json(200, PAGE), Answer.problem(401, "UNAUTHORIZED", Map.of()), Answer.json(200, PAGE));
        QeetMart sdk = QeetMart.builder().baseUrl(api.baseUrl()).tokenProvider(() -> "vault-" + asked.incrementAndGet()).build();
        sdk.categories().listCategories(null, null, null);
        sdk.categories().listCategories(null, null, null);
        assertEquals(List.of("Bearer vault-1", "Bearer vault-2", "Bearer vault-3"),
                api.seen("GET", "/categories").stream().map(StubApi.Seen::authorization).toList());
    }

    @Test
    void oneCallerAtATime() {
        QeetMart.Builder both = QeetMart.builder().baseUrl(api.baseUrl()).credentials("a@example.com", "a long password")
                .clientCredentials("client-1", "qms_secret");
        assertThrows(IllegalStateException.class, both::build);
    }

    private QeetMart sdk(String... scopes) {
        return QeetMart.builder().baseUrl(api.baseUrl()).clientCredentials("client-1", "qms_secret", scopes).clock(clock)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(2))).build();
    }

    private static Answer token(String accessToken, int expiresIn) {
        return Answer.json(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
                + ",\"scope\":\"catalog:write\"}");
    }
}
