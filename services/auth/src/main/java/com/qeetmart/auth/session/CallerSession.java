package com.qeetmart.auth.session;

import com.qeetmart.auth.token.AccessTokenIssuer;
import com.qeetmart.platform.security.Caller;
import com.qeetmart.platform.security.Callers;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Who is calling, for the auth service: the account and the session its access token belongs to
 * (the platform's {@link Caller} with the session id its tokens carry).
 */
@Singleton
public class CallerSession {

    public record Identity(UUID accountId, UUID sessionId) {
    }

    private final Callers callers;

    CallerSession(Callers callers) {
        this.callers = callers;
    }

    public Identity current() {
        Caller caller = callers.current();
        return new Identity(caller.id(), UUID.fromString(caller.claim(AccessTokenIssuer.SESSION_ID).orElseThrow()));
    }
}
