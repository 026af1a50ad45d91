package com.qeetmart.users.caller;

import com.qeetmart.platform.errors.NotFoundException;

import java.util.UUID;

/**
 * Whose data a caller may reach: a user their own, an admin everyone's. Another user's id is
 * answered as if it did not exist, so ids cannot be probed.
 */
public final class Access {

    private Access() {
    }

    public static UUID to(Caller.Identity caller, UUID userId) {
        if (!caller.admin() && !caller.userId().equals(userId)) {
            throw new NotFoundException("User", userId);
        }
        return userId;
    }
}
