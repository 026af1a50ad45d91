package com.qeetmart.auth.session;

import com.qeetmart.auth.api.model.Credentials;
import com.qeetmart.auth.api.model.PasswordChange;
import com.qeetmart.auth.api.model.RefreshRequest;
import com.qeetmart.auth.api.model.Session;
import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.common.api.model.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class SessionsTest extends AuthTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void sessionsListTheirDeviceAndMarkTheCurrentOne() {
        String email = uniqueEmail();
        register(email);
        TokenPair phone = http.toBlocking().retrieve(HttpRequest.POST("/auth/login",
                        "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}")
                .header("User-Agent", "QeetMart iOS/2.1"), TokenPair.class);

        caller.use(phone.getAccessToken());
        List<Session> list = sessions.listSessions().body().getItems();

        assertEquals(2, list.size());
        Session current = list.stream().filter(Session::getCurrent).findFirst().orElseThrow();
        assertEquals("QeetMart iOS/2.1", current.getUserAgent());
        assertEquals("127.0.0.1", current.getIpAddress());
        assertEquals(1, list.stream().filter(Session::getCurrent).count());
    }

    @Test
    void logoutEndsThisSessionOnly() {
        String email = uniqueEmail();
        TokenPair laptop = register(email);
        TokenPair phone = login(email, PASSWORD);

        caller.use(phone.getAccessToken());
        assertEquals(204, sessions.logout().code());

        problemOf(401, () -> accounts.getCurrentAccount());
        problemOf(401, () -> sessions.refreshTokens(new RefreshRequest(phone.getRefreshToken())));
        caller.use(laptop.getAccessToken());
        assertEquals(email, accounts.getCurrentAccount().body().getEmail());
    }

    @Test
    void logoutAllEndsEverySession() {
        String email = uniqueEmail();
        TokenPair laptop = register(email);
        TokenPair phone = login(email, PASSWORD);

        caller.use(phone.getAccessToken());
        sessions.logoutAll();

        caller.use(laptop.getAccessToken());
        problemOf(401, () -> accounts.getCurrentAccount());
        problemOf(401, () -> sessions.refreshTokens(new RefreshRequest(laptop.getRefreshToken())));
    }

    @Test
    void ownerCanEndAnotherOfTheirSessionsButNotSomeoneElses() {
        String email = uniqueEmail();
        TokenPair laptop = register(email);
        TokenPair phone = login(email, PASSWORD);
        UUID phoneSession = UUID.fromString(claimsOf(phone.getAccessToken()).getClaim("sid").toString());
        TokenPair stranger = register(uniqueEmail());

        caller.use(stranger.getAccessToken());
        problemOf(404, () -> sessions.endSession(phoneSession));

        caller.use(laptop.getAccessToken());
        assertEquals(204, sessions.endSession(phoneSession).code());
        problemOf(401, () -> sessions.refreshTokens(new RefreshRequest(phone.getRefreshToken())));
    }

    @Test
    void changingThePasswordEndsEveryOtherSession() {
        String email = uniqueEmail();
        TokenPair laptop = register(email);
        TokenPair phone = login(email, PASSWORD);

        caller.use(laptop.getAccessToken());
        assertEquals(204, accounts.changePassword(new PasswordChange(PASSWORD, "a brand new passphrase")).code());

        assertEquals(email, accounts.getCurrentAccount().body().getEmail());
        caller.use(phone.getAccessToken());
        problemOf(401, () -> accounts.getCurrentAccount());
        problemOf(401, () -> sessions.login(new Credentials(email, PASSWORD)));
        assertTrue(login(email, "a brand new passphrase").getAccessToken().length() > 0);
    }

    @Test
    void wrongCurrentPasswordIs422AndChangesNothing() {
        String email = uniqueEmail();
        caller.use(register(email).getAccessToken());
        Problem problem = problemOf(422, () -> accounts.changePassword(
                new PasswordChange("not my password", "a brand new passphrase")));
        assertEquals("CURRENT_PASSWORD_INCORRECT", problem.getCode());
        assertEquals("currentPassword", problem.getErrors().get(0).getField());
        login(email, PASSWORD);
    }

    @Test
    void authenticatedRoutesNeedAToken() {
        problemOf(401, () -> sessions.listSessions());
        problemOf(401, () -> sessions.logout());
    }
}
