package com.qeetmart.users.preferences;

import com.qeetmart.users.api.model.NotificationChannel;
import com.qeetmart.users.api.model.Preferences;
import com.qeetmart.users.client.PreferencesApi;
import com.qeetmart.users.support.UsersTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class PreferencesTest extends UsersTest {

    @Inject
    PreferencesApi preferences;
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void defaultsHoldUntilSet() {
        as(alice);
        Preferences defaults = preferences.getMyPreferences().body();
        assertEquals("en", defaults.getLanguage());
        assertEquals("EUR", defaults.getCurrency());
        assertEquals(false, defaults.getMarketingOptIn());
        assertEquals(Set.of(NotificationChannel.EMAIL), defaults.getNotificationChannels());
    }

    @Test
    void setPreferencesAreKeptWithTheLanguageTagCanonicalised() {
        as(alice);
        preferences.replaceMyPreferences(new Preferences("pt-pt", "CHF", true,
                new LinkedHashSet<>(List.of(NotificationChannel.SMS, NotificationChannel.PUSH))));

        Preferences saved = preferences.getMyPreferences().body();
        assertEquals("pt-PT", saved.getLanguage());
        assertEquals("CHF", saved.getCurrency());
        assertEquals(true, saved.getMarketingOptIn());
        assertEquals(Set.of(NotificationChannel.SMS, NotificationChannel.PUSH), saved.getNotificationChannels());
        assertEquals(1, DB.count("SELECT count(*) FROM preferences WHERE user_id = '" + alice + "'"));
    }

    @Test
    void unknownCurrencyIs422AndMalformedValuesAre400() {
        as(alice);
        assertEquals("UNKNOWN_CURRENCY", problemOf(422, () -> preferences.replaceMyPreferences(
                new Preferences("en", "XYZ", false, Set.of()))).getCode());
        String token = ISSUER.accessToken(alice, "USER");
        problemOf(400, () -> http.toBlocking().exchange(HttpRequest.PUT("/users/me/preferences",
                "{\"language\": \"english!\", \"currency\": \"eur\", \"marketingOptIn\": false,"
                        + " \"notificationChannels\": [\"FAX\"]}").bearerAuth(token), String.class));
        assertEquals(0, DB.count("SELECT count(*) FROM preferences"));
    }

    @Test
    void eachUserHasTheirOwn() {
        as(alice);
        preferences.replaceMyPreferences(new Preferences("de", "EUR", true, Set.of()));
        as(bob);
        assertEquals("en", preferences.getMyPreferences().body().getLanguage());
    }
}
