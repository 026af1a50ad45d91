package com.qeetmart.users.profile;

import com.qeetmart.platform.concurrency.IfMatch;
import com.qeetmart.platform.concurrency.VersionedResponses;
import com.qeetmart.platform.paging.PageRequest;
import com.qeetmart.platform.paging.ApiPages;
import com.qeetmart.users.api.ProfilesApi;
import com.qeetmart.users.api.model.Profile;
import com.qeetmart.users.api.model.ProfileInput;
import com.qeetmart.users.api.model.ProfilePage;
import com.qeetmart.users.api.model.ProfilePatch;
import com.qeetmart.platform.security.Caller;
import com.qeetmart.platform.security.Callers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.UUID;

import static com.qeetmart.platform.time.Timestamps.utc;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ProfileController implements ProfilesApi {

    private final ProfileService profiles;
    private final Callers callers;

    ProfileController(ProfileService profiles, Callers callers) {
        this.profiles = profiles;
        this.callers = callers;
    }

    @Override
    public HttpResponse<Profile> getMyProfile() {
        return withEtag(profiles.ensureOwn(callers.current()));
    }

    @Override
    public HttpResponse<Profile> replaceMyProfile(ProfileInput input, String ifMatch) {
        UUID me = profiles.ensureOwn(callers.current()).id();
        return withEtag(profiles.update(me, draftOf(input), false, IfMatch.parse(ifMatch)));
    }

    @Override
    public HttpResponse<Profile> updateMyProfile(ProfilePatch patch, String ifMatch) {
        UUID me = profiles.ensureOwn(callers.current()).id();
        return withEtag(profiles.update(me, new ProfileDraft(patch.getEmail(), patch.getName(), patch.getPhone()),
                true, IfMatch.parse(ifMatch)));
    }

    @Override
    public HttpResponse<Void> deleteMyProfile() {
        Caller me = callers.current();
        profiles.ensureOwn(me);
        profiles.erase(me.id());
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<ProfilePage> listUsers(String email, String name, Integer page, Integer size) {
        return HttpResponse.ok(ApiPages.of(profiles.list(email, name, PageRequest.of(page, size)),
                ProfileController::toApi, ProfilePage::new));
    }

    @Override
    public HttpResponse<Profile> getUser(UUID userId) {
        return withEtag(profiles.get(callers.current().requireReach("User", userId)));
    }

    @Override
    public HttpResponse<Profile> replaceUser(UUID userId, ProfileInput input, String ifMatch) {
        return withEtag(profiles.update(callers.current().requireReach("User", userId), draftOf(input), false,
                IfMatch.parse(ifMatch)));
    }

    @Override
    public HttpResponse<Void> deleteUser(UUID userId) {
        profiles.erase(callers.current().requireReach("User", userId));
        return HttpResponse.noContent();
    }

    private static ProfileDraft draftOf(ProfileInput input) {
        return new ProfileDraft(input.getEmail(), input.getName(), input.getPhone());
    }

    private static HttpResponse<Profile> withEtag(ProfileData profile) {
        return VersionedResponses.ok(toApi(profile), profile.version());
    }

    private static Profile toApi(ProfileData p) {
        return new Profile(p.id(), p.email(), p.version(), utc(p.createdAt()),
                utc(p.updatedAt())).name(p.name()).phone(p.phone());
    }
}
