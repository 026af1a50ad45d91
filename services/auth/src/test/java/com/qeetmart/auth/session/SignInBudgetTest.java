package com.qeetmart.auth.session;

import com.qeetmart.auth.account.AccountService;
import com.qeetmart.auth.api.model.Credentials;
import com.qeetmart.auth.api.model.RefreshRequest;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.common.api.model.Problem;
import com.qeetmart.platform.http.ClientOrigin;
import com.qeetmart.platform.testing.RawHttp;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Over the password-hashing budget (here: none for any address), signing in and registering are
 * refused at once with 429 SIGN_IN_BUSY and Retry-After, while a refresh, which hashes no
 * password, goes on.
 */
@MicronautTest(transactional = false)
class SignInBudgetTest extends AuthTest {

    @Inject
    AccountService accountService;
    @Inject
    SessionStore sessionStore;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("auth.password-checks.per-address", "0");
    }

    @Test
    void overTheHashingBudgetSignInAndRegistrationAreRefusedAtOnceAndRefreshGoesOn() throws Exception {
        String email = uniqueEmail();
        var account = accountService.create(email, PASSWORD, new String[] {AccountService.USER}).orElseThrow();
        IssuedTokens tokens = sessionStore.open(account, new ClientOrigin("203.0.113.9", null));

        for (String request : new String[] {
                RawHttp.request("POST", "/auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}"),
                RawHttp.request("POST", "/auth/register", "{\"email\": \"" + uniqueEmail() + "\", \"password\": \"" + PASSWORD + "\"}")}) {
            RawHttp.Answer answer = answerTo(request);
            Problem problem = problemIn(answer);
            assertEquals(429, answer.status());
            assertEquals("/problems/sign-in-busy", problem.getType());
            assertEquals("SIGN_IN_BUSY", problem.getCode());
            assertEquals("1", answer.header("Retry-After"));
        }
        assertEquals(200, sessions.refreshTokens(new RefreshRequest(tokens.refreshToken())).code());
        problemOf(429, () -> sessions.login(new Credentials(email, PASSWORD)));
    }
}
