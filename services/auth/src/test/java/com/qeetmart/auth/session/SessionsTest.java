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

    /** One account signed in twice: registering on a laptop, then a sign-in on a phone. */
    private record TwoDevices(String email, TokenPair laptop, TokenPair phone) {
    }

    private TwoDevices signedInOnTwoDevices() {
        String email = uniqueEmail();
        TokenPair laptop = register(email);
        return new TwoDevices(email, laptop, login(email, PASSWORD));
    }

    @Test
    void sessionsListTheirDeviceAndMarkTheCurrentOne() {
        String email = registeredEmail();
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
        TwoDevices two = signedInOnTwoDevices();

        caller.use(two.phone().getAccessToken());
        assertEquals(204, sessions.logout().code());

        problemOf(401, () -> accounts.getCurrentAccount());
        problemOf(401, () -> sessions.refreshTokens(new RefreshRequest(two.phone().getRefreshToken())));
        caller.use(two.laptop().getAccessToken());
        assertEquals(two.email(), accounts.getCurrentAccount().body().getEmail());
    }

    @Test
    void logoutAllEndsEverySession() {
        TwoDevices two = signedInOnTwoDevices();

        caller.use(two.phone().getAccessToken());
        sessions.logoutAll();

        caller.use(two.laptop().getAccessToken());
        problemOf(401, () -> accounts.getCurrentAccount());
        problemOf(401, () -> sessions.refreshTokens(new RefreshRequest(two.laptop().getRefreshToken())));
    }

    @Test
    void ownerCanEndAnotherOfTheirSessionsButNotSomeoneElses() {
        TwoDevices two = signedInOnTwoDevices();
        UUID phoneSession = UUID.fromString(claimsOf(two.phone().getAccessToken()).getClaim("sid").toString());
        TokenPair stranger = register(uniqueEmail());

        caller.use(stranger.getAccessToken());
        problemOf(404, () -> sessions.endSession(phoneSession));

        caller.use(two.laptop().getAccessToken());
        assertEquals(204, sessions.endSession(phoneSession).code());
        problemOf(401, () -> sessions.refreshTokens(new RefreshRequest(two.phone().getRefreshToken())));
    }

    @Test
    void changingThePasswordEndsEveryOtherSession() {
        TwoDevices two = signedInOnTwoDevices();

        caller.use(two.laptop().getAccessToken());
        assertEquals(204, accounts.changePassword(new PasswordChange(PASSWORD, "a brand new passphrase")).code());

        assertEquals(two.email(), accounts.getCurrentAccount().body().getEmail());
        caller.use(two.phone().getAccessToken());
        problemOf(401, () -> accounts.getCurrentAccount());
        problemOf(401, () -> sessions.login(new Credentials(two.email(), PASSWORD)));
        assertTrue(login(two.email(), "a brand new passphrase").getAccessToken().length() > 0);
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
