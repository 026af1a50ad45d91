package com.qeetmart.users.profile;

import com.qeetmart.platform.concurrency.IfMatch;
import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.errors.StaleVersionException;
import com.qeetmart.platform.paging.PageRequest;
import com.qeetmart.platform.paging.PageResult;
import com.qeetmart.platform.security.Caller;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import static com.qeetmart.platform.time.Timestamps.now;

import java.util.UUID;

@Singleton
public class ProfileService {

    static final String RESOURCE = "User";

    private final ProfileRepository profiles;

    ProfileService(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    /** The caller's own profile, created from their token on first use. */
    @Transactional
    public ProfileData ensureOwn(Caller caller) {
        String email = caller.claim("email").orElse(caller.id() + "@unknown.invalid");
        profiles.insertIfAbsent(caller.id(), email, null, null, now());
        return get(caller.id());
    }

    @Transactional(readOnly = true)
    public ProfileData get(UUID userId) {
        return profiles.findById(userId).map(ProfileRow::toData)
                .orElseThrow(() -> new NotFoundException(RESOURCE, userId));
    }

    /** Replaces (or, with {@code partial}, patches) the profile, only over the version the client read. */
    @Transactional
    public ProfileData update(UUID userId, ProfileDraft draft, boolean partial, IfMatch ifMatch) {
        ProfileData current = get(userId);
        if (!ifMatch.matches(current.version())) {
            throw new StaleVersionException(RESOURCE, userId);
        }
        ProfileDraft next = partial ? draft.over(current) : draft;
        if (profiles.updateIfVersion(userId, current.version(), next.email(), next.name(), next.phone(), now()) == 0) {
            throw new StaleVersionException(RESOURCE, userId);
        }
        return get(userId);
    }

    /** Erases the profile, its addresses and its preferences. */
    @Transactional
    public void erase(UUID userId) {
        if (profiles.erase(userId) == 0) {
            throw new NotFoundException(RESOURCE, userId);
        }
    }

    @Transactional(readOnly = true)
    public PageResult<ProfileData> list(String email, String name, PageRequest page) {
        String emailLike = likeEscaped(email);
        String nameLike = likeEscaped(name);
        return PageResult.exact(profiles.findPage(emailLike, nameLike, page.size(), page.offset()).stream()
                .map(ProfileRow::toData).toList(), page, profiles.countMatching(emailLike, nameLike));
    }

    // A filter is a plain substring: % and _ in it are literal.
    private static String likeEscaped(String value) {
        return value == null ? null : value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
