package com.qeetmart.auth.account;

import com.qeetmart.auth.api.model.Credentials;
import com.qeetmart.auth.support.AuthTest;
import com.qeetmart.common.api.model.Problem;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Two spellings of one address are one account and one sign-in counter: look-alike letters buy
 * an attacker no fresh guesses, and a letter that is not a look-alike never reaches the account.
 */
@MicronautTest(transactional = false)
class CanonicalEmailTest extends AuthTest {

    private static final String KELVIN_SIGN = "\u212A";
    private static final String DOTTED_CAPITAL_I = "\u0130";

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("auth.throttle.account-failures", "3", "auth.throttle.address-failures", "50");
    }

    private static String unique(String localPart) {
        return localPart + "-" + UUID.randomUUID() + "@example.test";
    }

    private void failLogin(String email) {
        problemOf(401, () -> sessions.login(new Credentials(email, "wrong password!!")));
    }

    @Test
    void theKelvinSignIsTheLetterKForSignInAndForItsCounter() {
        String email = unique("kate");
        register(email);
        String lookAlike = KELVIN_SIGN + email.substring(1);

        login(lookAlike, PASSWORD);
        for (int i = 0; i < 3; i++) {
            failLogin(i % 2 == 0 ? lookAlike : email.toUpperCase());
        }

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> sessions.login(new Credentials(email, PASSWORD)));
        assertEquals(429, refused.code());
    }

    @Test
    void fullWidthLettersAreTheSameAddressSoTheyCannotRegisterItAgain() {
        String email = unique("ann");
        register(email);
        String fullWidth = "\uFF41\uFF4E\uFF4E" + email.substring(3); // ａｎｎ

        login(fullWidth, PASSWORD);
        Problem taken = problemOf(409, () -> accounts.register(new Credentials(fullWidth, PASSWORD)));
        assertEquals("EMAIL_TAKEN", taken.getCode());
    }

    @Test
    void aDottedCapitalIIsNotAnIAndNeverReachesTheAccountItResembles() {
        String email = unique("admin");
        register(email);
        for (int i = 0; i < 3; i++) {
            failLogin(email);
        }
        String lookAlike = "adm" + DOTTED_CAPITAL_I + email.substring(4);

        // Not the account (so not its password either), and not a fresh counter for it.
        problemOf(401, () -> sessions.login(new Credentials(lookAlike, PASSWORD)));
        assertEquals(429, assertThrows(HttpClientResponseException.class,
                () -> sessions.login(new Credentials(email, PASSWORD))).code());
    }

    @Test
    void theStoredAddressIsTheCanonicalOne() {
        String email = unique("Strasse");
        register(email.replace("Strasse", "STRAßE"));

        login(email.toLowerCase(), PASSWORD);
        assertEquals(1, DB.count("SELECT count(*) FROM account WHERE email = '" + email.toLowerCase() + "'"));
    }

    @Test
    void theCanonicalFormFoldsCaseAndCompatibilityForms() {
        assertEquals("strasse@example.test", Emails.canonical(" STRAßE@Example.TEST "));
        assertEquals("kate@example.test", Emails.canonical(KELVIN_SIGN + "ate@example.test"));
        assertEquals("ann@example.test", Emails.canonical("\uFF21\uFF4E\uFF4E@example.test"));
        assertEquals("admi\u0307n@example.test", Emails.canonical("adm" + DOTTED_CAPITAL_I + "n@example.test"));
    }

    @Test
    void theJavaMigrationRewritesWhatSqlFoldedDifferentlyUnlessTheAddressIsTaken() throws Exception {
        UUID id = UUID.randomUUID();
        UUID twin = UUID.randomUUID();
        DB.execute("INSERT INTO account (id, email, password_hash, roles, created_at, updated_at) VALUES"
                + " ('" + id + "', 'straße@example.test', 'x', '{USER}', now(), now()),"
                + " ('" + twin + "', 'grüße@example.test', 'x', '{USER}', now(), now()),"
                + " ('" + UUID.randomUUID() + "', 'grüsse@example.test', 'x', '{USER}', now(), now())");
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(DB.url(), "postgres", "")) {
            new db.migration.V4__Canonical_emails_as_java_folds_them().migrate(new org.flywaydb.core.api.migration.Context() {
                @Override
                public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                    return null;
                }

                @Override
                public java.sql.Connection getConnection() {
                    return connection;
                }
            });
        }
        assertEquals("strasse@example.test", DB.text("SELECT email FROM account WHERE id = '" + id + "'"));
        assertEquals("grüße@example.test", DB.text("SELECT email FROM account WHERE id = '" + twin + "'"),
                "its canonical form belongs to another account: left for a person to decide");
    }
}
