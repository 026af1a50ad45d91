package com.qeetmart.platform.errors;

import java.util.List;

/** Credentials or a token presented to a service were not accepted. Answered as 401. */
public class AuthenticationFailedException extends DomainException {

    public AuthenticationFailedException(ProblemCode code, String detail) {
        super(code, detail, List.of(), null);
    }

    @Override
    public Kind kind() {
        return Kind.UNAUTHENTICATED;
    }
}
