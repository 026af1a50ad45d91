package com.qeetmart.auth.session;

import com.qeetmart.auth.token.AccessTokenIssuer;
import com.qeetmart.platform.security.Callers;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Who is calling, for the auth service: the account and the session its access token belongs to. */
@Singleton
public class Caller {

    public record Identity(UUID accountId, UUID sessionId) {
    }

    private final Callers callers;

    Caller(Callers callers) {
        this.callers = callers;
    }

    public Identity current() {
        com.qeetmart.platform.security.Caller caller = callers.current();
        return new Identity(caller.id(), UUID.fromString(caller.claim(AccessTokenIssuer.SESSION_ID).orElseThrow()));
    }
}
