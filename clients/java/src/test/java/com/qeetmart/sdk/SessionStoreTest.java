package com.qeetmart.sdk;

import com.qeetmart.sdk.StubApi.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's session kept outside the process: resumed without a password, every rotation saved. */
class SessionStoreTest {

    private static final String CATEGORIES = "GET /categories";
    private static final String PAGE = "{\"items\":[],\"page\":{\"number\":0,\"size\":20,\"totalElements\":0,"
            + "\"totalElementsExact\":true,\"totalPages\":0,\"hasNext\":false}}";

    private final StubApi api = new StubApi();
    private final MutableClock clock = new MutableClock();
    private final KeptSession store = new KeptSession();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aSavedSessionIsResumedWithoutSigningIn() {
        store.saved.add("refresh-0");
        api.on("POST /auth/refresh", tokens("access-1", "refresh-1")).on(CATEGORIES, Answer.json(200, PAGE));

        sdk(false).categories().listCategories(null, null, null);

        assertTrue(api.seen("POST", "/auth/refresh").get(0).body().contains("refresh-0"));
        assertEquals(0, api.seen("POST", "/auth/login").size());
        assertEquals("Bearer access-1", api.seen("GET", "/categories").get(0).authorization());
        assertEquals(List.of("refresh-0", "refresh-1"), store.saved, "the rotated token is what is kept");
    }

    @Test
    void everyNewRefreshTokenIsSaved() {
        api.on("POST /auth/login", tokens("access-1", "refresh-1")).on("POST /auth/refresh", tokens("access-2", "refresh-2"))
                .on(CATEGORIES, Answer.json(200, PAGE));
        QeetMart sdk = sdk(true);
        sdk.categories().listCategories(null, null, null);
        clock.advance(Duration.ofSeconds(880));
        sdk.categories().listCategories(null, null, null);

        assertEquals(List.of("refresh-1", "refresh-2"), store.saved);
    }

    @Test
    void anEndedSessionWithoutCredentialsIsForgottenAndTheCallFailsUnauthenticated() {
        store.saved.add("refresh-0");
        api.on("POST /auth/refresh", Answer.problem(401, "INVALID_REFRESH_TOKEN", Map.of())).on(CATEGORIES, Answer.json(200, PAGE));

        AuthenticationException ended = assertThrows(AuthenticationException.class, () -> sdk(false).categories().listCategories(null, null, null));
        assertEquals("INVALID_REFRESH_TOKEN", ended.code());
        assertTrue(store.cleared);
        assertEquals(0, api.seen("GET", "/categories").size());
    }

    @Test
    void anEndedSessionWithCredentialsSignsInAgainAndKeepsTheNewOne() {
        store.saved.add("refresh-0");
        api.on("POST /auth/refresh", Answer.problem(401, "INVALID_REFRESH_TOKEN", Map.of()))
                .on("POST /auth/login", tokens("access-1", "refresh-1")).on(CATEGORIES, Answer.json(200, PAGE));

        sdk(true).categories().listCategories(null, null, null);

        assertTrue(store.cleared);
        assertEquals("refresh-1", store.saved.get(store.saved.size() - 1));
    }

    private QeetMart sdk(boolean withCredentials) {
        QeetMart.Builder builder = QeetMart.builder().baseUrl(api.baseUrl()).sessionStore(store).clock(clock)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(2)));
        return (withCredentials ? builder.credentials("buyer@example.com", "a long password") : builder).build();
    }

    private static Answer tokens(String access, String refresh) {
        return Answer.json(200, "{\"accessToken\":\"" + access + "\",\"refreshToken\":\"" + refresh
                + "\",\"tokenType\":\"Bearer\",\"expiresIn\":900}");
    }

    /** What a backend would keep in its database, encrypted. */
    private static final class KeptSession implements SessionStore {
        final List<String> saved = new ArrayList<>();
        boolean cleared;

        @Override
        public Optional<String> load() {
            return saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(saved.size() - 1));
        }

        @Override
        public void save(String refreshToken) {
            saved.add(refreshToken);
        }

        @Override
        public void clear() {
            cleared = true;
        }
    }
}
