package com.qeetmart.auth.account;

import com.nimbusds.jwt.JWTClaimsSet;
import com.qeetmart.auth.api.model.Credentials;
import com.qeetmart.auth.api.model.TokenPair;
import com.qeetmart.auth.api.model.TokenPairTokenType;
import com.qeetmart.auth.client.KeysApi;
import com.qeetmart.auth.password.PasswordHasher;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.common.api.model.FieldError;
import com.qeetmart.common.api.model.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class RegistrationAndLoginTest extends AuthTest {

    @Override
    protected java.util.Map<String, String> extraProperties() {
        return java.util.Map.of("counting-password-hasher", "true");
    }

    @Inject
    KeysApi keys;
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void registerAnswers201WithAnAccessTokenOtherServicesCanVerify() throws Exception {
        String email = uniqueEmail();
        HttpResponse<TokenPair> response = accounts.register(new Credentials(email, PASSWORD));

        assertEquals(HttpStatus.CREATED, response.getStatus());
        TokenPair tokens = response.body();
        assertEquals(TokenPairTokenType.BEARER, tokens.getTokenType());
        assertEquals(900, tokens.getExpiresIn());
        JWTClaimsSet claims = claimsOf(tokens.getAccessToken());
        String accountId = DB.text("SELECT id FROM account WHERE email = '" + email + "'");
        assertEquals(accountId, claims.getSubject());
        assertEquals(email, claims.getStringClaim("email"));
        assertEquals(List.of("USER"), claims.getStringListClaim("roles"));
        assertEquals("access", claims.getStringClaim("token_use"));
        assertEquals("qeetmart-auth", claims.getIssuer());
        long lifetime = claims.getExpirationTime().getTime() - claims.getIssueTime().getTime();
        assertEquals(15 * 60 * 1000, lifetime);
        String kid = kidOf(tokens.getAccessToken());
        assertTrue(keys.getJwks().body().getKeys().stream().anyMatch(k -> k.getKid().equals(kid)));
        assertFalse(tokens.getRefreshToken().contains("."), "refresh tokens are opaque, not JWTs");
    }

    @Test
    void passwordIsStoredOnlyAsAnArgon2idHash() {
        String email = registeredEmail();
        String stored = DB.text("SELECT password_hash FROM account WHERE email = '" + email + "'");
        assertTrue(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored);
        assertFalse(stored.contains(PASSWORD));
    }

    @Test
    void emailCanRegisterOnlyOnceWhateverItsCase() {
        String email = registeredEmail();
        Problem problem = problemOf(409, () -> accounts.register(new Credentials(email.toUpperCase(), PASSWORD)));
        assertEquals("EMAIL_TAKEN", problem.getCode());
        assertEquals(1, DB.count("SELECT count(*) FROM account"));
    }

    @Test
    void shortPasswordAndBadEmailAre400ListingBoth() {
        Problem problem = problemOf(400, () -> http.toBlocking().exchange(HttpRequest.POST("/auth/register",
                "{\"email\": \"not-an-email\", \"password\": \"short\"}"), String.class));
        assertEquals(List.of("email", "password"), problem.getErrors().stream().map(FieldError::getField).toList());
        assertEquals(0, DB.count("SELECT count(*) FROM account"));
    }

    @Test
    void loginWorksWithAnyCaseOfTheEmail() {
        String email = registeredEmail();
        TokenPair tokens = login(email.toUpperCase(), PASSWORD);
        assertEquals(email, claimsOf(tokens.getAccessToken()).getClaim("email"));
        assertEquals(2, DB.count("SELECT count(*) FROM session"));
    }

    @Test
    void tokenAnswersAndSignInRefusalsAreNeverStoredByACache() {
        String email = uniqueEmail();
        HttpResponse<TokenPair> registered = accounts.register(new Credentials(email, PASSWORD));
        HttpResponse<TokenPair> loggedIn = sessions.login(new Credentials(email, PASSWORD));
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> sessions.login(new Credentials(email, "wrong password!!")));

        assertEquals("no-store", registered.header("Cache-Control"));
        assertEquals(HttpStatus.OK, loggedIn.getStatus());
        assertEquals("no-store", loggedIn.header("Cache-Control"));
        assertEquals(401, refused.code());
        assertEquals("no-store", refused.getResponse().header("Cache-Control"));
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        String email = registeredEmail();
        Problem wrongPassword = problemOf(401, () -> sessions.login(new Credentials(email, "wrong password!!")));
        Problem unknownEmail = problemOf(401, () -> sessions.login(new Credentials(uniqueEmail(), PASSWORD)));

        assertEquals("INVALID_CREDENTIALS", wrongPassword.getCode());
        assertEquals(wrongPassword.getCode(), unknownEmail.getCode());
        assertEquals(wrongPassword.getDetail(), unknownEmail.getDetail());
        assertEquals(wrongPassword.getType(), unknownEmail.getType());
    }

    @Test
    void unknownEmailCostsOnePasswordHashLikeAWrongPassword() {
        String email = registeredEmail();
        CountingPasswordHasher hasher = context.getBean(CountingPasswordHasher.class);

        int before = hasher.verifications();
        problemOf(401, () -> sessions.login(new Credentials(email, "wrong password!!")));
        int wrongPassword = hasher.verifications() - before;
        before = hasher.verifications();
        problemOf(401, () -> sessions.login(new Credentials("nobody-" + UUID.randomUUID() + "@example.test", "wrong password!!")));
        int unknownEmail = hasher.verifications() - before;

        // Both take the time of one Argon2id verification with the same parameters (the decoy is
        // hashed like any password), so response times do not tell which emails exist.
        assertEquals(1, wrongPassword);
        assertEquals(1, unknownEmail);
    }

    /** The service's hasher, counting the verifications it makes (each is a full Argon2id derivation). */
    @jakarta.inject.Singleton
    @io.micronaut.context.annotation.Replaces(PasswordHasher.class)
    @io.micronaut.context.annotation.Requires(property = "counting-password-hasher", value = "true")
    static class CountingPasswordHasher extends PasswordHasher {
        private final java.util.concurrent.atomic.AtomicInteger verifications = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public boolean verify(String password, String encoded) {
            verifications.incrementAndGet();
            return super.verify(password, encoded);
        }

        int verifications() {
            return verifications.get();
        }
    }

}
