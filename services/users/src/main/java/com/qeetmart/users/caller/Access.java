package com.qeetmart.users.caller;

import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.security.Caller;

import java.util.UUID;

/**
 * Whose data a caller may reach: a user their own, an admin everyone's. Another user's id is
 * answered as if it did not exist, so ids cannot be probed.
 */
public final class Access {

    private Access() {
    }

    public static UUID to(Caller caller, UUID userId) {
        if (!caller.isAdmin() && !caller.id().equals(userId)) {
            throw new NotFoundException("User", userId);
        }
        return userId;
    }
}
