package com.qeetmart.auth.password;

import com.qeetmart.auth.api.model.Credentials;
import com.qeetmart.auth.api.model.PasswordResetConfirmation;
import com.qeetmart.auth.api.model.PasswordResetRequest;
import com.qeetmart.auth.api.model.RefreshRequest;
import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.common.api.model.Problem;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class PasswordResetTest extends AuthTest {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\\s*\"([^\"]+)\"");
    private static final String NEW_PASSWORD = "my fresh new passphrase";

    private String requestResetToken(String email) {
        assertEquals(202, accounts.requestPasswordReset(new PasswordResetRequest(email)).code());
        String payload = DB.text("SELECT payload::text FROM outbox_message WHERE kind = 'password-reset'"
                + " AND recipient = '" + email + "' ORDER BY created_at DESC LIMIT 1");
        Matcher token = TOKEN.matcher(payload);
        assertTrue(token.find(), payload);
        return token.group(1);
    }

    @Test
    void resetTokenFromTheOutboxSetsANewPasswordAndEndsEverySession() {
        String email = uniqueEmail();
        TokenPair before = register(email);
        String token = requestResetToken(email);

        assertEquals(204, accounts.confirmPasswordReset(new PasswordResetConfirmation(token, NEW_PASSWORD)).code());

        login(email, NEW_PASSWORD);
        problemOf(401, () -> sessions.login(new Credentials(email, PASSWORD)));
        problemOf(401, () -> sessions.refreshTokens(new RefreshRequest(before.getRefreshToken())));
    }

    @Test
    void aFourthRequestForOneEmailWithinTheHourIs429AndSendsNothing() {
        String email = registeredEmail();
        for (int i = 0; i < 3; i++) {
            requestResetToken(email);
        }
        Problem problem = problemOf(429, () -> accounts.requestPasswordReset(new PasswordResetRequest(email.toUpperCase())));
        assertEquals("PASSWORD_RESET_THROTTLED", problem.getCode());
        assertEquals(3, DB.count("SELECT count(*) FROM outbox_message"));

        // An unregistered email is limited alike, so a 429 tells nothing about accounts.
        String nobody = uniqueEmail();
        for (int i = 0; i < 3; i++) {
            assertEquals(202, accounts.requestPasswordReset(new PasswordResetRequest(nobody)).code());
        }
        problemOf(429, () -> accounts.requestPasswordReset(new PasswordResetRequest(nobody)));
    }

    @Test
    void oneAddressAsksForAtMostTwentyResetsAnHour() {
        for (int i = 0; i < 20; i++) {
            assertEquals(202, accounts.requestPasswordReset(new PasswordResetRequest(uniqueEmail())).code());
        }
        problemOf(429, () -> accounts.requestPasswordReset(new PasswordResetRequest(uniqueEmail())));
    }

    @Test
    void unknownEmailIsAcceptedTooButNothingIsSent() {
        assertEquals(202, accounts.requestPasswordReset(new PasswordResetRequest(uniqueEmail())).code());
        assertEquals(0, DB.count("SELECT count(*) FROM outbox_message"));
    }

    @Test
    void resetTokenWorksOnlyOnce() {
        String email = registeredEmail();
        String token = requestResetToken(email);
        accounts.confirmPasswordReset(new PasswordResetConfirmation(token, NEW_PASSWORD));

        Problem problem = problemOf(422, () -> accounts.confirmPasswordReset(
                new PasswordResetConfirmation(token, "yet another passphrase")));
        assertEquals("RESET_TOKEN_INVALID", problem.getCode());
        login(email, NEW_PASSWORD);
    }

    @Test
    void expiredResetTokenIsRefused() {
        String email = registeredEmail();
        String token = requestResetToken(email);
        DB.execute("UPDATE password_reset SET expires_at = now() - interval '1 second'");

        problemOf(422, () -> accounts.confirmPasswordReset(new PasswordResetConfirmation(token, NEW_PASSWORD)));
        login(email, PASSWORD);
    }

    @Test
    void onlyTheTokensHashIsStored() {
        String email = registeredEmail();
        String token = requestResetToken(email);
        assertEquals(0, DB.count("SELECT count(*) FROM password_reset WHERE encode(token_hash, 'escape') LIKE '%"
                + token + "%'"));
        assertEquals(32, DB.count("SELECT length(token_hash) FROM password_reset"));
    }
}
