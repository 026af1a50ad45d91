package com.qeetmart.users.profile;

/** Profile fields a client sends; in a patch, null means "leave as it is". */
public record ProfileDraft(String email, String name, String phone) {

    ProfileDraft over(ProfileData current) {
        return new ProfileDraft(email != null ? email : current.email(), name != null ? name : current.name(),
                phone != null ? phone : current.phone());
    }
}
