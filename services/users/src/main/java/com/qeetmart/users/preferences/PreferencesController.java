package com.qeetmart.users.preferences;

import com.qeetmart.users.api.PreferencesApi;
import com.qeetmart.users.api.model.NotificationChannel;
import com.qeetmart.users.api.model.Preferences;
import com.qeetmart.platform.security.Callers;
import com.qeetmart.users.profile.ProfileService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.LinkedHashSet;
import java.util.UUID;
import java.util.stream.Collectors;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PreferencesController implements PreferencesApi {

    private final PreferencesService preferences;
    private final ProfileService profiles;
    private final Callers callers;

    PreferencesController(PreferencesService preferences, ProfileService profiles, Callers callers) {
        this.preferences = preferences;
        this.profiles = profiles;
        this.callers = callers;
    }

    @Override
    public HttpResponse<Preferences> getMyPreferences() {
        return HttpResponse.ok(toApi(preferences.get(me())));
    }

    @Override
    public HttpResponse<Preferences> replaceMyPreferences(Preferences wanted) {
        UserPreferences saved = preferences.replace(me(), new UserPreferences(wanted.getLanguage(),
                wanted.getCurrency(), wanted.getMarketingOptIn(),
                wanted.getNotificationChannels().stream().sorted().map(NotificationChannel::getValue).toList()));
        return HttpResponse.ok(toApi(saved));
    }

    private UUID me() {
        return profiles.ensureOwn(callers.current()).id();
    }

    private static Preferences toApi(UserPreferences p) {
        return new Preferences(p.language(), p.currency(), p.marketingOptIn(),
                p.notificationChannels().stream().map(NotificationChannel::fromValue)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
