package com.qeetmart.auth.throttle;

import com.qeetmart.auth.api.model.Credentials;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.common.api.model.Problem;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class LoginThrottleTest extends AuthTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("auth.throttle.account-failures", "3", "auth.throttle.address-failures", "6");
    }

    private void failLogins(String email, int times) {
        for (int i = 0; i < times; i++) {
            problemOf(401, () -> sessions.login(new Credentials(email, "wrong password!!")));
        }
    }

    @Test
    void afterTooManyFailuresEvenTheRightPasswordIsRefusedWithRetryAfter() {
        String email = registeredEmail();
        failLogins(email, 3);

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> sessions.login(new Credentials(email, PASSWORD)));

        assertEquals(429, refused.code());
        long retryAfter = Long.parseLong(refused.getResponse().header("Retry-After"));
        assertTrue(retryAfter > 800 && retryAfter <= 901, "Retry-After " + retryAfter);
        Problem problem = refused.getResponse().getBody(Problem.class).orElseThrow();
        assertEquals("/problems/sign-in-throttled", problem.getType());
        assertEquals("SIGN_IN_THROTTLED", problem.getCode());
    }

    @Test
    void successClearsTheAccountsCount() {
        String email = registeredEmail();
        failLogins(email, 2);
        login(email, PASSWORD);
        failLogins(email, 2);
        login(email, PASSWORD);
    }

    @Test
    void oneAddressGuessingManyAccountsIsStoppedToo() {
        for (int i = 0; i < 6; i++) {
            failLogins(uniqueEmail(), 1);
        }
        String email = registeredEmail();
        assertEquals(429, assertThrows(HttpClientResponseException.class,
                () -> sessions.login(new Credentials(email, PASSWORD))).code());
    }

    @Test
    void countsExpireWithTheirWindow() {
        String email = registeredEmail();
        failLogins(email, 3);
        DB.execute("UPDATE login_throttle SET window_started_at = now() - interval '16 minutes'");
        login(email, PASSWORD);
    }
}
