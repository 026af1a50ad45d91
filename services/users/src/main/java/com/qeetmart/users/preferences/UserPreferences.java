package com.qeetmart.users.preferences;

import java.util.List;

/** What a user prefers; the defaults hold until they say otherwise. */
public record UserPreferences(String language, String currency, boolean marketingOptIn,
                              List<String> notificationChannels) {

    static final UserPreferences DEFAULTS = new UserPreferences("en", "EUR", false, List.of("EMAIL"));
}
