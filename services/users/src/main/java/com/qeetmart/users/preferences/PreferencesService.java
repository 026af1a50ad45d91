package com.qeetmart.users.preferences;

import com.qeetmart.users.UsersProblem;
import com.qeetmart.platform.errors.UnprocessableException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Singleton
public class PreferencesService {

    private final PreferencesRepository preferences;

    PreferencesService(PreferencesRepository preferences) {
        this.preferences = preferences;
    }

    @Transactional(readOnly = true)
    public UserPreferences get(UUID userId) {
        return preferences.findById(userId)
                .map(row -> new UserPreferences(row.language(), row.currency().trim(), row.marketingOptIn(),
                        List.of(row.notificationChannels())))
                .orElse(UserPreferences.DEFAULTS);
    }

    @Transactional
    public UserPreferences replace(UUID userId, UserPreferences wanted) {
        String language = wellFormedLanguage(wanted.language());
        requireCurrency(wanted.currency());
        preferences.upsert(userId, language, wanted.currency(), wanted.marketingOptIn(),
                wanted.notificationChannels().toArray(String[]::new), Instant.now());
        return get(userId);
    }

    /** The tag in its canonical form (pt-pt becomes pt-PT); a tag that is not BCP 47 is 422. */
    private static String wellFormedLanguage(String tag) {
        try {
            return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new UnprocessableException(UsersProblem.INVALID_LANGUAGE_TAG, "language", tag + " is not a BCP 47 language tag");
        }
    }

    private static void requireCurrency(String code) {
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException(UsersProblem.UNKNOWN_CURRENCY, "currency", code + " is not an ISO 4217 currency code");
        }
    }
}
